export const id = 329;
export const ids = [329];
export const modules = {
  /***/
  51329: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        commentApi: () => (
          /* binding */
          commentApi
        )
      });
      var github = __webpack_require__(61351);
      var dist_bundle = __webpack_require__(49735);
      var light = __webpack_require__(63251);
      ;
      var VERSION = "0.0.0-development";
      var noop = () => Promise.resolve();
      function wrapRequest(state2, request, options) {
        return state2.retryLimiter.schedule(doRequest, state2, request, options);
      }
      async function doRequest(state2, request, options) {
        const { pathname } = new URL(options.url, "http://github.test");
        const isAuth = isAuthRequest(options.method, pathname);
        const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
        const isSearch = options.method === "GET" && pathname.startsWith("/search/");
        const isGraphQL = pathname.startsWith("/graphql");
        const retryCount = ~~request.retryCount;
        const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
        if (state2.clustering) {
          jobOptions.expiration = 1e3 * 60;
        }
        if (isWrite || isGraphQL) {
          await state2.write.key(state2.id).schedule(jobOptions, noop);
        }
        if (isWrite && state2.triggersNotification(pathname)) {
          await state2.notifications.key(state2.id).schedule(jobOptions, noop);
        }
        if (isSearch) {
          await state2.search.key(state2.id).schedule(jobOptions, noop);
        }
        const req = (isAuth ? state2.auth : state2.global).key(state2.id).schedule(jobOptions, request, options);
        if (isGraphQL) {
          const res = await req;
          if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
            const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
              response: res,
              data: res.data
            });
            throw error;
          }
        }
        return req;
      }
      function isAuthRequest(method, pathname) {
        return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
        /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
        (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
        /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
        pathname === "/login/oauth/access_token");
      }
      var triggers_notification_paths_default = [
        "/orgs/{org}/invitations",
        "/orgs/{org}/invitations/{invitation_id}",
        "/orgs/{org}/teams/{team_slug}/discussions",
        "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
        "/repos/{owner}/{repo}/collaborators/{username}",
        "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
        "/repos/{owner}/{repo}/issues",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
        "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
        "/repos/{owner}/{repo}/pulls",
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
        "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
        "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        "/repos/{owner}/{repo}/releases",
        "/teams/{team_id}/discussions",
        "/teams/{team_id}/discussions/{discussion_number}/comments"
      ];
      function routeMatcher(paths) {
        const regexes = paths.map(
          (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
        );
        const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
        return new RegExp(regex2, "i");
      }
      var regex = routeMatcher(triggers_notification_paths_default);
      var triggersNotification = regex.test.bind(regex);
      var groups = {};
      var createGroups = function(Bottleneck, common) {
        groups.global = new Bottleneck.Group({
          id: "octokit-global",
          maxConcurrent: 10,
          ...common
        });
        groups.auth = new Bottleneck.Group({
          id: "octokit-auth",
          maxConcurrent: 1,
          ...common
        });
        groups.search = new Bottleneck.Group({
          id: "octokit-search",
          maxConcurrent: 1,
          minTime: 2e3,
          ...common
        });
        groups.write = new Bottleneck.Group({
          id: "octokit-write",
          maxConcurrent: 1,
          minTime: 1e3,
          ...common
        });
        groups.notifications = new Bottleneck.Group({
          id: "octokit-notifications",
          maxConcurrent: 1,
          minTime: 3e3,
          ...common
        });
      };
      function throttling(octokit, octokitOptions) {
        const {
          enabled = true,
          Bottleneck = light,
          id: id2 = "no-id",
          timeout = 1e3 * 60 * 2,
          // Redis TTL: 2 minutes
          connection
        } = octokitOptions.throttle || {};
        if (!enabled) {
          return {};
        }
        const common = { timeout };
        if (typeof connection !== "undefined") {
          common.connection = connection;
        }
        const state2 = Object.assign(
          {
            clustering: connection != null,
            triggersNotification,
            fallbackSecondaryRateRetryAfter: 60,
            retryAfterBaseValue: 1e3,
            id: id2
          },
          octokitOptions.throttle
        );
        if (typeof state2.onSecondaryRateLimit !== "function" || typeof state2.onRateLimit !== "function") {
          throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
        }
        let initialized = false;
        const initializeBottleneck = () => {
          if (initialized) {
            return;
          }
          initialized = true;
          if (groups.global == null) {
            createGroups(Bottleneck, common);
          }
          state2.global = state2.global ?? groups.global;
          state2.auth = state2.auth ?? groups.auth;
          state2.search = state2.search ?? groups.search;
          state2.write = state2.write ?? groups.write;
          state2.notifications = state2.notifications ?? groups.notifications;
          state2.retryLimiter = state2.retryLimiter ?? new Bottleneck();
          const events = {};
          const emitter = new Bottleneck.Events(events);
          events.on("secondary-limit", state2.onSecondaryRateLimit);
          events.on("rate-limit", state2.onRateLimit);
          events.on(
            "error",
            (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
          );
          state2.retryLimiter.on("failed", async function(error, info) {
            const [state22, request, options] = info.args;
            const { pathname } = new URL(options.url, "http://github.test");
            const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
            if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
              return;
            }
            const retryCount = ~~request.retryCount;
            request.retryCount = retryCount;
            options.request.retryCount = retryCount;
            const { wantRetry, retryAfter = 0 } = await (async function() {
              if (/\bsecondary rate\b/i.test(error.message)) {
                const retryAfter2 = Number(error.response.headers["retry-after"]) || state22.fallbackSecondaryRateRetryAfter;
                const wantRetry2 = await emitter.trigger(
                  "secondary-limit",
                  retryAfter2,
                  options,
                  octokit,
                  retryCount
                );
                return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
              }
              if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
                (error2) => error2.type === "RATE_LIMITED"
              )) {
                const rateLimitReset = new Date(
                  ~~error.response.headers["x-ratelimit-reset"] * 1e3
                ).getTime();
                const retryAfter2 = Math.max(
                  // Add one second so we retry _after_ the reset time
                  // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
                  Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
                  0
                );
                const wantRetry2 = await emitter.trigger(
                  "rate-limit",
                  retryAfter2,
                  options,
                  octokit,
                  retryCount
                );
                return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
              }
              return {};
            })();
            if (wantRetry) {
              request.retryCount++;
              return retryAfter * state22.retryAfterBaseValue;
            }
          });
        };
        octokit.hook.wrap("request", (request, options) => {
          initializeBottleneck();
          return wrapRequest(state2, request, options);
        });
        return {};
      }
      throttling.VERSION = VERSION;
      throttling.triggersNotification = triggersNotification;
      var state = __webpack_require__(28696);
      ;
      const PER_PAGE = 100;
      const MAX_PAGES = 50;
      const BUDGET_MS = 12e4;
      const LONGEST_WAIT_S = 60;
      function commentApi(target, token, debug) {
        const octokit = (0, github.Q)(token, {
          baseUrl: target.apiUrl.href.replace(/\/+$/, ""),
          // Octokit's own messages (a deprecation notice quotes the reply's Link header) go through
          // flowferry's log, as every line does, never straight to the console.
          request: { redirect: "error", signal: AbortSignal.timeout(BUDGET_MS), log: { debug, info: debug, warn: debug, error: debug } },
          retry: { retries: 2 },
          log: { debug, info: debug, warn: debug, error: debug },
          throttle: {
            onRateLimit: (after, _options, _octokit, count) => count === 0 && after <= LONGEST_WAIT_S,
            onSecondaryRateLimit: (after, _options, _octokit, count) => count === 0 && after <= LONGEST_WAIT_S
          }
        }, dist_bundle.L, throttling);
        const where = { owner: target.owner, repo: target.repo, headers: { "x-github-api-version": "2022-11-28" } };
        const author = async () => {
          const login = await octokit.request("GET /user", { headers: where.headers }).then((reply) => reply.data.login).catch(() => void 0);
          return (user) => {
            const { login: by, type } = user ?? {};
            return typeof login === "string" ? by === login : type === "Bot";
          };
        };
        return {
          async find(marker) {
            const ours = await author();
            for (let page = 1; page <= MAX_PAGES; page++) {
              const reply = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...where, issue_number: target.number, per_page: PER_PAGE, page });
              const comments = Array.isArray(reply.data) ? reply.data : [];
              for (const comment of comments) {
                const { id: id2, body, user } = comment ?? {};
                if (typeof id2 === "number" && Number.isSafeInteger(id2) && id2 > 0 && (0, state.xY)(body, marker) && ours(user))
                  return { id: id2, body };
              }
              if (comments.length < PER_PAGE)
                return void 0;
            }
            return void 0;
          },
          async create(body) {
            const reply = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...where, issue_number: target.number, body });
            return commentUrl(target, reply.data);
          },
          async update(id2, body) {
            const reply = await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...where, comment_id: id2, body });
            return commentUrl(target, reply.data, id2);
          }
        };
      }
      function commentUrl(target, data, knownId) {
        const { id: id2, html_url: html } = data ?? {};
        const prefix = `${target.serverUrl.href.replace(/\/+$/, "")}/${target.owner}/${target.repo}/`;
        if (typeof html === "string" && html.startsWith(prefix) && /^[\w./#-]*$/.test(html.slice(prefix.length)))
          return html;
        const commentId = typeof id2 === "number" && Number.isSafeInteger(id2) ? id2 : knownId;
        return `${prefix}pull/${target.number}${commentId ? `#issuecomment-${commentId}` : ""}`;
      }
    })
  )
};
