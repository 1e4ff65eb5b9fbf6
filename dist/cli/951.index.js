export const id = 951;
export const ids = [951];
export const modules = {
  /***/
  89951: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        leapworkEmulator: () => (
          /* binding */
          leapworkEmulator
        )
      });
      var http_helpers = __webpack_require__(9415);
      var router = __webpack_require__(20318);
      ;
      function serialize(item, hidden = /* @__PURE__ */ new Set()) {
        if (hidden.has(item.id))
          return void 0;
        return {
          Id: item.id,
          Title: item.title,
          Type: item.type,
          ...item.parentId ? { ParentId: item.parentId } : {},
          DateCreation: leapworkDate(item.created),
          DateModify: leapworkDate(item.modified),
          Children: item.children.map((child) => serialize(child, hidden)).filter(Boolean)
        };
      }
      function flatten(nodes) {
        return nodes.flatMap(({ Children, ...node }) => [node, ...flatten(Children ?? [])]);
      }
      function withRefIds(value) {
        let next = 1;
        const walk = (node) => {
          if (Array.isArray(node))
            return node.map(walk);
          if (node && typeof node === "object") {
            const out = { $id: String(next++) };
            for (const [key, child] of Object.entries(node))
              out[key] = walk(child);
            return out;
          }
          return node;
        };
        return walk(value);
      }
      function cased(value, propertyCase) {
        if (propertyCase === "pascal")
          return value;
        const walk = (node) => {
          if (Array.isArray(node))
            return node.map(walk);
          if (node && typeof node === "object") {
            return Object.fromEntries(Object.entries(node).map(([key, child]) => [key.startsWith("$") ? key : key[0].toLowerCase() + key.slice(1), walk(child)]));
          }
          return node;
        };
        return walk(value);
      }
      function leapworkDate(date) {
        const hours = date.getUTCHours();
        const pad = (n) => String(n).padStart(2, "0");
        return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? "AM" : "PM"} +00:00`;
      }
      ;
      class HierarchyRoutes {
        tree;
        settings;
        /** Every Create Folder request and its answer, for tests (`GET /__sandbox/state`). */
        folderRequests = [];
        constructor(tree, settings) {
          this.tree = tree;
          this.settings = settings;
        }
        register(router2) {
          for (const version of ["v3", "v4"]) {
            router2.on("GET", `/api/${version}/hierarchy`, (c) => this.hierarchy(c.res, version, void 0));
            router2.on("GET", `/api/${version}/hierarchy/:itemId`, (c) => this.hierarchy(c.res, version, c.params.itemId));
          }
          router2.on("PUT", "/api/v4/hierarchy/create/folder", (c) => this.createFolder(c.req, c.res, c.url, void 0));
          router2.on("PUT", "/api/v4/hierarchy/create/folder/:itemId", (c) => this.createFolder(c.req, c.res, c.url, c.params.itemId));
          router2.on("GET", "/api/v4/flowinfo/:itemId", (c) => this.flowInfo(c.res, c.params.itemId));
        }
        hierarchy(res, version, itemId) {
          if (version === "v4" && !this.settings.v4Hierarchy) {
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy'.` });
          }
          if (itemId === void 0 || itemId === "")
            return this.whole(res, this.tree);
          const item = this.tree.find(itemId);
          if (!item)
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `Item ${itemId} not found` });
          const nodes = [serialize(item)];
          (0, http_helpers.jD)(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === "flat" ? flatten(nodes) : nodes)));
        }
        /** A whole tree (the Controller's, or a team's) as Get Hierarchy writes it. */
        whole(res, tree) {
          const hidden = new Set(this.settings.hidden);
          const nodes = tree.roots.map((item) => serialize(item, hidden)).filter(Boolean);
          (0, http_helpers.jD)(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === "flat" ? flatten(nodes) : nodes)));
        }
        flowInfo(res, itemId) {
          const item = this.tree.find(itemId);
          if (!item || !["Flow", "SubFlow"].includes(item.type))
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `Flow ${itemId} not found` });
          (0, http_helpers.jD)(res, 200, withRefIds({ Id: item.id, Title: item.title, Type: item.type, DateCreation: leapworkDate(item.created), DateModify: leapworkDate(item.modified), IsDeleted: 0, Status: "Publish" }));
        }
        /** Create Folder Hierarchy in the Controller's tree, or (Create Team Folder Hierarchy) in a team's. */
        createFolder(req, res, url, parentId, team) {
          req.resume();
          const tree = team?.tree ?? this.tree;
          const folder = url.searchParams.get("folder");
          const answer = (status, body) => {
            this.folderRequests.push({ parentId: parentId || null, folder, status, ...team ? { teamId: team.id } : {} });
            (0, http_helpers.jD)(res, status, body);
          };
          if (!folder)
            return answer(400, { $id: "1", Message: "The folder parameter is required" });
          const titles = folder.split("/");
          if (titles.some((title) => title.trim() === ""))
            return answer(400, { $id: "1", Message: "The folder parameter has an empty folder name or a trailing slash" });
          const parent = parentId ? tree.find(parentId) : void 0;
          if (parentId && !parent)
            return answer(404, { $id: "1", Message: `Item ${parentId} not found` });
          if (parent && !["Folder", "Flow", "SubFlow"].includes(parent.type))
            return answer(409, { $id: "1", Message: `Folders cannot be created under a ${parent.type}` });
          const siblings = parent ? parent.children : tree.roots;
          if (siblings.some((item) => item.title === titles[0]))
            return answer(409, { $id: "1", Message: `A folder with the title '${titles[0]}' already exists` });
          let level = parent;
          for (const title of titles)
            level = tree.add(level, title, "Folder");
          answer(200, this.cased(withRefIds([{ HierarchyItemId: level.id }])));
        }
        cased(value) {
          return cased(value, this.settings.propertyCase);
        }
      }
      var external_node_fs_ = __webpack_require__(73024);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var promises_ = __webpack_require__(46466);
      var yauzl = __webpack_require__(20663);
      var yazl = __webpack_require__(93044);
      var core_zip = __webpack_require__(5644);
      ;
      const PACKAGE_MANIFEST = "sandbox-manifest.json";
      async function describePackage(file, filename) {
        const zip = await yauzl.openPromise(file);
        try {
          for (let entry = await (0, core_zip.oP)(zip); entry; entry = await (0, core_zip.oP)(zip)) {
            if (entry.fileName !== PACKAGE_MANIFEST || entry.uncompressedSize > 64 * 1024)
              continue;
            const chunks = [];
            for await (const chunk of await zip.openReadStreamPromise(entry))
              chunks.push(chunk);
            const manifest = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            if (typeof manifest.Title === "string" && manifest.Title)
              return { title: manifest.Title, type: typeof manifest.Type === "string" ? manifest.Type : "Flow" };
          }
        } finally {
          zip.close();
        }
        return { title: external_node_path_default().basename(filename || "import.zip").replace(/\.zip$/i, ""), type: "Flow" };
      }
      async function writeFlowPackage(dir, item, steps) {
        const file = external_node_path_default().join(dir, `seed-${item.id}.zip`);
        const zip = new yazl.u();
        const fixed = { mtime: /* @__PURE__ */ new Date("2026-11-20T09:30:00Z") };
        zip.addBuffer(Buffer.from(JSON.stringify({ Id: item.id, Title: item.title, Type: item.type }, null, 2)), PACKAGE_MANIFEST, fixed);
        zip.addBuffer(Buffer.from(JSON.stringify({ Title: item.title, Blocks: steps.map((title, i) => ({ Id: i + 1, Title: title, Type: "Action" })) }, null, 2)), `Flows/${item.title}.flow`, fixed);
        zip.addBuffer(Buffer.from("user,expected\nqa-user-1,Dashboard\n"), "DataFiles/users.csv", fixed);
        zip.end();
        await (0, promises_.pipeline)(zip.outputStream, (0, external_node_fs_.createWriteStream)(file));
        return file;
      }
      ;
      const SANDBOX_ACCESS_KEY = "Lw7sBx2Qk9Fh4TzN";
      const TEAM_A_ID = "3f0c2a9e-6b1d-4e57-9a8c-1d2e3f4a5b6c";
      const REGRESSION_ID = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
      const SEEDED_FLOW_ID = "c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
      const SEEDED_FLOW_TITLE = "Login smoke test";
      const SMOKE_ID = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
      const CHECKOUT_ID = "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";
      const ARCHIVE_IDS = ["a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3", "b1b2b3b4-c5c6-4d7d-9e8e-f9f0a1a2a3a4"];
      function seedTree(tree) {
        const teamA = tree.add(void 0, "Team A", "Folder", TEAM_A_ID);
        const regression = tree.add(teamA, "Regression", "Folder", REGRESSION_ID);
        const login = tree.add(regression, SEEDED_FLOW_TITLE, "Flow", SEEDED_FLOW_ID);
        const checkout = tree.add(regression, "Checkout happy path", "Flow", CHECKOUT_ID);
        tree.add(teamA, "Smoke", "Folder", SMOKE_ID);
        for (const id2 of ARCHIVE_IDS)
          tree.add(void 0, "Archive", "Folder", id2);
        return [
          { item: login, steps: ["Navigate to login page", "Type user name", "Type password from data file", "Assert dashboard visible"] },
          { item: checkout, steps: ["Open shop", "Add item to basket", "Pay with test card"] }
        ];
      }
      const TEAM_QA_ID = "6d1f3c2b-8a4e-4f6a-9b7c-2e3d4f5a6b7c";
      const TEAM_QA_NAME = "QA Platform";
      const TEAM_REGRESSION_ID = "7e2a4d3c-9b5f-4a7b-8c8d-3f4a5b6c7d8e";
      const TEAM_LOGIN_FLOW_ID = "8f3b5e4d-0c6a-4b8c-9d9e-4a5b6c7d8e9f";
      const TEAM_FLOW_OPENED_BY = "maria.jensen";
      function seedTeams(teams) {
        const qa = teams.add(TEAM_QA_ID, TEAM_QA_NAME);
        const regression = qa.tree.add(void 0, "Regression", "Folder", TEAM_REGRESSION_ID);
        const login = qa.tree.add(regression, SEEDED_FLOW_TITLE, "Flow", TEAM_LOGIN_FLOW_ID);
        login.openedBy = TEAM_FLOW_OPENED_BY;
        qa.tree.add(void 0, "Nightly", "Folder");
        teams.add("4c5d6e7f-1a2b-4c3d-8e9f-5a6b7c8d9e0a", "QA Payments");
        teams.add("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "Mobile QA");
        return [{ item: login, steps: ["Navigate to login page", "Type user name", "Assert dashboard visible"] }];
      }
      var endpoints = __webpack_require__(92864);
      ;
      function defaultSettings() {
        return {
          accessKey: SANDBOX_ACCESS_KEY,
          v4Hierarchy: true,
          collisions: "replace",
          locked: [],
          importStatus: null,
          importDelayMs: 0,
          exportRoute: endpoints.f4,
          partName: "zip file",
          hidden: [],
          hierarchyShape: "nested",
          propertyCase: "pascal",
          importReply: "documented",
          teamsRoute: "/api/v4/team/all",
          teamsScope: true,
          teamHierarchy: true
        };
      }
      const settingNames = Object.keys(defaultSettings());
      function applySettings(settings, config) {
        for (const key of Object.keys(settings)) {
          if (config[key] !== void 0)
            settings[key] = config[key];
        }
      }
      var external_node_crypto_ = __webpack_require__(77598);
      ;
      class AssetTree {
        clock;
        roots = [];
        constructor(clock) {
          this.clock = clock;
        }
        find(id2, items = this.roots) {
          for (const item of items) {
            if (item.id.toLowerCase() === id2.toLowerCase())
              return item;
            const found = this.find(id2, item.children);
            if (found)
              return found;
          }
          return void 0;
        }
        add(parent, title, type, id2 = (0, external_node_crypto_.randomUUID)()) {
          const now = new Date(this.clock.now());
          const item = { id: id2, title, type, parentId: parent?.id, created: now, modified: now, children: [] };
          (parent ? parent.children : this.roots).push(item);
          return item;
        }
        /** Every item with its path of titles, for tests (`GET /__sandbox/state`). */
        state() {
          const flat = [];
          const walk = (items, trail) => {
            for (const item of items) {
              const itemPath = [...trail, item.title];
              flat.push({
                id: item.id,
                path: itemPath.join("/"),
                type: item.type,
                parentId: item.parentId ?? null,
                package: item.package ? external_node_path_default().basename(item.package) : null,
                ...item.openedBy ? { openedBy: item.openedBy } : {}
              });
              walk(item.children, itemPath);
            }
          };
          walk(this.roots, []);
          return flat;
        }
      }
      ;
      class TeamRoutes {
        settings;
        clock;
        hierarchy;
        transfers;
        teams = [];
        constructor(settings, clock, hierarchy, transfers) {
          this.settings = settings;
          this.clock = clock;
          this.hierarchy = hierarchy;
          this.transfers = transfers;
        }
        add(id2, name) {
          const team = { id: id2, name, tree: new AssetTree(this.clock) };
          this.teams.push(team);
          return team;
        }
        /** Registered before the hierarchy routes: `\u2026/create/folder/{teamId}/` would otherwise read as an item id. */
        register(router2) {
          router2.on("GET", "/api/v4/hierarchy/team/:teamId", (c) => this.teamHierarchy(c.res, c.params.teamId));
          router2.on("PUT", "/api/v4/hierarchy/create/folder/:teamId/:itemId", (c) => {
            const team = this.find(c.params.teamId);
            if (!team)
              return this.unknownTeam(c.req, c.res, c.params.teamId);
            this.hierarchy.createFolder(c.req, c.res, c.url, c.params.itemId || void 0, team);
          });
          router2.on("POST", "/api/v4/import/:teamId/:timeoutMinutes/:targetItemId", async (c) => {
            const team = this.find(c.params.teamId);
            if (!team)
              return this.unknownTeam(c.req, c.res, c.params.teamId);
            const force = c.url.searchParams.get("force") ?? c.url.searchParams.get("Force");
            await this.transfers.importPackage(c.req, c.res, c.params.timeoutMinutes, c.params.targetItemId, {
              id: team.id,
              tree: team.tree,
              force: force !== null && !/^(0|false)$/i.test(force)
            });
          });
        }
        /** Get All Teams, on the path the `teamsRoute` setting names; false when the request is not that. */
        listIfMatched(req, res, url) {
          if (req.method !== "GET" || !this.settings.teamsRoute || url.pathname !== this.settings.teamsRoute)
            return false;
          req.resume();
          if (!this.settings.teamsScope) {
            (0, http_helpers.jD)(res, 403, { $id: "1", Message: "AccessKey does not have the relevant scope permission" });
            return true;
          }
          (0, http_helpers.jD)(res, 200, cased(withRefIds(this.teams.map((team) => ({ Id: team.id, Name: team.name }))), this.settings.propertyCase));
          return true;
        }
        state() {
          return this.teams.map((team) => ({ id: team.id, name: team.name, items: team.tree.state() }));
        }
        teamHierarchy(res, teamId) {
          if (!this.settings.teamHierarchy) {
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy/team/${teamId}'.` });
          }
          const team = this.find(teamId);
          if (!team)
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `Team ${teamId} not found` });
          this.hierarchy.whole(res, team.tree);
        }
        find(id2) {
          return this.teams.find((team) => team.id.toLowerCase() === id2.toLowerCase());
        }
        unknownTeam(req, res, id2) {
          req.resume();
          (0, http_helpers.jD)(res, 404, { $id: "1", Message: `Team ${id2} not found` });
        }
      }
      var external_node_fs_promises_ = __webpack_require__(51455);
      var external_node_timers_promises_ = __webpack_require__(58500);
      ;
      class TransferRoutes {
        tree;
        settings;
        storageDir;
        clock;
        /** Every import and its outcome, for tests (`GET /__sandbox/state`). */
        imports = [];
        /** The teams' trees: an export finds an item by id wherever it is. */
        otherTrees = () => [];
        constructor(tree, settings, storageDir, clock) {
          this.tree = tree;
          this.settings = settings;
          this.storageDir = storageDir;
          this.clock = clock;
        }
        register(router2) {
          router2.on("POST", "/api/v4/import/:timeoutMinutes/:targetItemId", (c) => this.importPackage(c.req, c.res, c.params.timeoutMinutes, c.params.targetItemId));
        }
        /** Answers the request when it is an export (on the route the `exportRoute` setting names); false when it is not one. */
        async exportIfMatched(req, res, url) {
          const exportParams = this.matchExport(req.method ?? "GET", url.pathname);
          if (!exportParams)
            return false;
          req.resume();
          await this.exportItem(res, exportParams.itemId ?? "");
          return true;
        }
        /**
         * Import, or Import To Team (`team`: its tree, and force mode). A title collision replaces the
         * item of the same title and type; one the Controller cannot resolve answers 409: another type,
         * every collision under `collisions: 'refuse'`, or a flow someone has open in Studio (`locked`,
         * or seeded `openedBy`), unless force mode "locks all user-opened flows which should be replaced"
         * (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team).
         */
        async importPackage(req, res, timeoutText, targetId, team) {
          const target = (team?.tree ?? this.tree).find(targetId);
          if (!/^-?\d+$/.test(timeoutText)) {
            req.resume();
            return (0, http_helpers.jD)(res, 400, { $id: "1", Message: "timeoutMinutes must be an integer" });
          }
          if (!target || target.type !== "Folder") {
            req.resume();
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: target ? `Item ${targetId} is not a folder` : `Folder ${targetId} not found${team ? " in this team" : ""}` });
          }
          const { files } = await (0, http_helpers.N7)(req, this.storageDir);
          const part = files.find((file) => file.field === this.settings.partName);
          for (const other of files)
            if (other !== part)
              await (0, external_node_fs_promises_.rm)(other.path, { force: true });
          const forced = [];
          const record = (outcome) => this.imports.push({
            target: targetId,
            ...team ? { teamId: team.id, force: team.force, forced } : {},
            timeoutMinutes: Number(timeoutText),
            part: part?.field ?? "",
            filename: part?.filename ?? "",
            contentType: part?.contentType ?? "",
            bytes: part?.size ?? 0,
            sha256: part?.sha256 ?? "",
            outcome
          });
          const refuse = async (status, message) => {
            if (part)
              await (0, external_node_fs_promises_.rm)(part.path, { force: true });
            record(`HTTP ${status}`);
            (0, http_helpers.jD)(res, status, { $id: "1", Message: message });
          };
          if (!part)
            return refuse(400, `The request has no multipart part named '${this.settings.partName}'`);
          if (this.settings.importStatus)
            return refuse(this.settings.importStatus, `Sandbox: import answered with ${this.settings.importStatus}`);
          let described;
          try {
            described = await describePackage(part.path, part.filename);
          } catch (error) {
            return refuse(400, `The file is not a valid exported package: ${error.message}`);
          }
          if (this.settings.importDelayMs > 0)
            await (0, external_node_timers_promises_.setTimeout)(this.settings.importDelayMs);
          const existing = target.children.find((item) => item.title === described.title);
          if (existing) {
            const opened = this.settings.locked.includes(existing.id) || !!existing.openedBy;
            const unresolved = this.settings.collisions === "refuse" || opened;
            if (existing.type !== described.type || unresolved && !team?.force) {
              const why = existing.type !== described.type ? "" : opened ? " (the flow is opened by a user)" : "";
              return refuse(409, `Title collision: '${described.title}' already exists in '${target.title}' and cannot be replaced${why}`);
            }
            if (opened) {
              forced.push(existing.id);
              existing.openedBy = void 0;
            }
            if (existing.package)
              await (0, external_node_fs_promises_.rm)(existing.package, { force: true });
            existing.package = part.path;
            existing.modified = new Date(this.clock.now());
          } else {
            this.tree.add(target, described.title, described.type).package = part.path;
          }
          record("imported");
          const result = cased({ $id: "1", IsSuccessful: true }, this.settings.propertyCase);
          (0, http_helpers.jD)(res, 200, this.settings.importReply === "bare" ? true : this.settings.importReply === "array" ? [result] : result);
        }
        async exportItem(res, itemId) {
          const item = [this.tree, ...this.otherTrees()].map((tree) => tree.find(itemId)).find(Boolean);
          if (!item)
            return (0, http_helpers.jD)(res, 404, { $id: "1", Message: `Item ${itemId} not found` });
          if (!item.package)
            return (0, http_helpers.jD)(res, 400, { $id: "1", Message: `Sandbox: ${item.type} '${item.title}' has no package to export (the sandbox exports flows)` });
          const { size } = await (0, external_node_fs_promises_.stat)(item.package);
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "content-length": size,
            "content-disposition": `attachment; filename="${item.title.replace(/[^\x20-\x7e]|"/g, "_")}.zip"; filename*=UTF-8''${encodeURIComponent(`${item.title}.zip`)}`
          });
          await (0, promises_.pipeline)((0, external_node_fs_.createReadStream)(item.package), res).catch(() => res.destroy());
        }
        /** The export route from its "METHOD /path/{itemId}" setting, matched per request so it can change at run time. */
        matchExport(method, pathname) {
          const [routeMethod, template] = this.settings.exportRoute.includes(" ") ? this.settings.exportRoute.split(/\s+/, 2) : ["GET", this.settings.exportRoute];
          if (method !== routeMethod.toUpperCase())
            return void 0;
          const keys = [];
          const source = template.split(/(\{[A-Za-z]+\})/).map((piece) => {
            const key = /^\{([A-Za-z]+)\}$/.exec(piece)?.[1];
            if (!key)
              return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            keys.push(key);
            return "([^/]+)";
          }).join("");
          const match = new RegExp(`^${source}$`).exec(pathname);
          if (!match)
            return void 0;
          return Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(match[i + 1])]));
        }
      }
      ;
      const leapworkEmulator = {
        settingNames,
        create: (options) => new LeapworkEmulator(options)
      };
      class LeapworkEmulator {
        options;
        settings = defaultSettings();
        tree;
        hierarchy;
        transfers;
        teams;
        router = new router.I();
        /** The seeded items' packages, written on the first request (a sandbox started and closed at once writes nothing). */
        packagesWritten;
        seededPackages;
        constructor(options) {
          this.options = options;
          applySettings(this.settings, options.config);
          this.tree = new AssetTree(options.clock);
          this.seededPackages = seedTree(this.tree);
          this.hierarchy = new HierarchyRoutes(this.tree, this.settings);
          this.transfers = new TransferRoutes(this.tree, this.settings, options.storageDir, options.clock);
          this.teams = new TeamRoutes(this.settings, options.clock, this.hierarchy, this.transfers);
          this.seededPackages.push(...seedTeams(this.teams));
          this.transfers.otherTrees = () => this.teams.teams.map((team) => team.tree);
          this.teams.register(this.router);
          this.hierarchy.register(this.router);
          this.transfers.register(this.router);
        }
        get inputs() {
          return { "api-key": this.settings.accessKey };
        }
        demo = {
          export: { "workflow-id": SEEDED_FLOW_ID },
          import: { "target-folder": "Production/Regression", "create-folders": "true" }
        };
        calls = {
          import: { method: "POST", path: "/api/v4/import/", idempotent: false, waitsForReply: true },
          export: { method: "GET", path: "/api/v4/export/", idempotent: true, waitsForReply: true }
        };
        scenarios = [
          { name: "Controller out of disk space (HTTP 446)", operation: "import", config: { importStatus: 446 }, expect: "failed" },
          { name: "Controller database not responding (HTTP 455)", operation: "import", config: { importStatus: 455 }, expect: "failed" },
          { name: "title collision the Controller cannot resolve (HTTP 409)", operation: "import", config: { importStatus: 409 }, expect: "failed" },
          { name: "hierarchy only on the v3 path", operation: "import", config: { v4Hierarchy: false }, expect: "succeeded" },
          { name: "hierarchy only on the v3 path", operation: "export", config: { v4Hierarchy: false }, expect: "succeeded" }
        ];
        secrets() {
          return [this.settings.accessKey];
        }
        configure(config) {
          applySettings(this.settings, config);
        }
        state() {
          return { items: this.tree.state(), teams: this.teams.state(), imports: this.transfers.imports, folderRequests: this.hierarchy.folderRequests };
        }
        async handle(req, res, url) {
          await (this.packagesWritten ??= this.writeSeedPackages());
          if ((0, http_helpers.wx)(req, "accesskey") !== this.settings.accessKey) {
            req.resume();
            return (0, http_helpers.oF)(res, 401, "Unauthorized, incorrect access key");
          }
          if (await this.transfers.exportIfMatched(req, res, url))
            return;
          if (this.teams.listIfMatched(req, res, url))
            return;
          if (!await this.router.dispatch(req, res, url)) {
            req.resume();
            (0, http_helpers.jD)(res, 404, { $id: "1", Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` });
          }
        }
        async writeSeedPackages() {
          for (const { item, steps } of this.seededPackages)
            item.package = await writeFlowPackage(this.options.storageDir, item, steps);
        }
      }
    })
  ),
  /***/
  9415: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LK: () => (
          /* binding */
          readFormBody
        ),
        /* harmony export */
        N7: () => (
          /* binding */
          readMultipart
        ),
        /* harmony export */
        hc: () => (
          /* binding */
          readRaw
        ),
        /* harmony export */
        jD: () => (
          /* binding */
          sendJson
        ),
        /* harmony export */
        nE: () => (
          /* binding */
          readJsonBody
        ),
        /* harmony export */
        oF: () => (
          /* binding */
          sendText
        ),
        /* harmony export */
        wx: () => (
          /* binding */
          header
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
      var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
      var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /* @__PURE__ */ __webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
      var busboy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(680);
      var busboy__WEBPACK_IMPORTED_MODULE_5___default = /* @__PURE__ */ __webpack_require__.n(busboy__WEBPACK_IMPORTED_MODULE_5__);
      function sendJson(res, status, body, headers = {}) {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(text),
          ...headers
        });
        res.end(text);
      }
      function sendText(res, status, text, headers = {}) {
        res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
        res.end(text);
      }
      async function readRaw(req) {
        const source = /gzip/i.test(String(req.headers["content-encoding"] ?? "")) ? req.pipe((0, node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)()) : req;
        const chunks = [];
        for await (const chunk of source)
          chunks.push(chunk);
        return Buffer.concat(chunks);
      }
      async function readJsonBody(req) {
        const raw = await readRaw(req);
        if (raw.length === 0)
          return void 0;
        try {
          return JSON.parse(raw.toString("utf8"));
        } catch {
          return void 0;
        }
      }
      async function readFormBody(req) {
        return new URLSearchParams((await readRaw(req)).toString("utf8"));
      }
      async function readMultipart(req, dir) {
        const fields = {};
        const files = [];
        const pending = [];
        await new Promise((resolve, reject) => {
          let parser;
          try {
            parser = busboy__WEBPACK_IMPORTED_MODULE_5___default()({ headers: req.headers, limits: { fieldSize: 1024 * 1024 } });
          } catch (error) {
            reject(error);
            return;
          }
          parser.on("field", (name, value) => {
            fields[name] = value;
          });
          parser.on("file", (field, stream, info) => {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `upload-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
            const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
            let size = 0;
            stream.on("data", (chunk) => {
              hash.update(chunk);
              size += chunk.length;
            });
            pending.push((0, node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target)).then(() => {
              files.push({ field, filename: info.filename ?? "", contentType: info.mimeType, path: target, size, sha256: hash.digest("hex") });
            }));
          });
          parser.on("error", reject);
          parser.on("close", () => resolve());
          req.on("error", reject);
          req.pipe(parser);
        });
        await Promise.all(pending);
        return { fields, files };
      }
      function header(req, name) {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      }
    })
  ),
  /***/
  20318: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        I: () => (
          /* binding */
          Router
        )
        /* harmony export */
      });
      class Router {
        routes = [];
        on(method, path, handler) {
          const keys = [];
          const source = path.split("/").map((segment) => {
            if (segment.startsWith(":")) {
              keys.push(segment.slice(1));
              return "([^/]*)";
            }
            return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          }).join("/");
          this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
          return this;
        }
        /** Runs the matching handler; false when no route matches. */
        async dispatch(req, res, url) {
          for (const route of this.routes) {
            if (route.method !== req.method)
              continue;
            const match = route.pattern.exec(url.pathname);
            if (!match)
              continue;
            const params = {};
            route.keys.forEach((key, i) => {
              params[key] = decodeURIComponent(match[i + 1] ?? "");
            });
            await route.handler({ req, res, url, params });
            return true;
          }
          return false;
        }
      }
    })
  )
};
