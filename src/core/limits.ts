/**
 * Every limit on what a bundle or a vars file may hold, in one place. A bundle can come from a
 * pull request nobody on the team wrote, so each count, size and depth that flowferry walks has a
 * ceiling, and passing it is a clear error naming the file, never a crash or a flood of output.
 */

/**
 * The largest JSON file flowferry parses (JSON.parse): for the offline checks, canonical JSON,
 * redaction, the semantic diff, a name or version read from an export. A parsed document costs
 * several times its size (an object per value, beside the text it came from): measured through
 * the action, a 2 MiB workflow of many small nodes added 40 MB to an export's peak, 8 MiB 90 MB,
 * and the action itself and the artifact client took 125 MB before any document when this limit
 * was chosen (some 95 MiB since: docs/performance.md, Memory). A workflow is built by hand in a
 * visual editor, and the largest ones are hundreds of nodes: a few hundred kilobytes exported;
 * 4 MiB is some 12,000 nodes of the usual fields, ten times past any real workflow, and keeps the
 * step under its 150 MB budget.
 * A larger JSON file is not refused, it is handled as an opaque one, streamed and never held:
 * `validate` says it was not checked offline (the platform checks it on import), and an export
 * keeps its bytes as downloaded (not canonicalised, and not searched for secrets, which the step
 * warns about).
 */
export const JSON_PARSE_LIMIT = 4 * 1024 * 1024

/**
 * The largest document flowferry reads whole without parsing it into values: a bundle file
 * searched for placeholders to fill (a walk of the text, core/json-walk.ts), a platform's reply.
 * Bigger files are streamed through as they are: a 1 GiB package must not need 1 GiB of memory.
 * It is also the largest document sent in one Zuora import (streamed past the parse limit).
 */
export const IN_MEMORY_DOCUMENT_LIMIT = 64 * 1024 * 1024

/**
 * Files one manifest may list. The platforms' bundles hold one file (Zuora, SecMaster, Leapwork)
 * or three (Kore.ai); 1,000 leaves room for any future platform with a file per item, while
 * keeping the log line and the `files`/`result` outputs, which list every file, well under the
 * 1 MB GitHub allows a job's outputs (a manifest of 600,000 entries made a 115 MB output):
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idoutputs
 */
export const MAX_MANIFEST_FILES = 1_000

/**
 * Size of flowferry.json. A manifest of MAX_MANIFEST_FILES entries at the longest path allowed is
 * about 1.2 MB; 4 MiB is that with room for the placeholders list, and it is read whole.
 */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/**
 * A path inside a bundle or an archive: 1,024 bytes in all and 255 bytes per name, the limits of
 * the usual file systems (ext4, APFS and NTFS take 255 per name; macOS's PATH_MAX is 1,024), so a
 * bundle that validates on Linux also unpacks on a developer's Mac.
 */
export const MAX_PATH_BYTES = 1_024
export const MAX_NAME_BYTES = 255

/**
 * How deeply JSON arrays and objects may nest in a bundle file. Parsing, canonical JSON, diff,
 * redaction and placeholder filling walk documents recursively, and 200,000 nested `[` ran them
 * out of stack ("Maximum call stack size exceeded"). Workflow exports nest a few dozen levels;
 * 512 is far above that and far below where any of those walks comes near the stack limit.
 * (Jackson, the JVM's JSON parser, stops at 1,000 by default; .NET's at 64.)
 */
export const MAX_JSON_DEPTH = 512

/**
 * The vars file: names and values for placeholders, written by hand. 1 MiB holds thousands of
 * values; its flow collections (`[…]`, `{…}`) nest at most 64 deep, because values are plain
 * values or small objects and the YAML parser recurses more per level than JSON's walks (it runs
 * out of stack near 800 levels).
 */
export const MAX_VARS_FILE_BYTES = 1024 * 1024
export const MAX_VARS_DEPTH = 64

/**
 * What one run writes to the runner, whatever a batch of 1,000 bundles with long messages holds.
 * GitHub takes at most 1 MB per output (jobs.<job_id>.outputs, link above) and at most 1 MiB of
 * job summary per step, beyond which the summary is not shown at all:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 * The JSON outputs keep half of that each; the summary keeps room for the note that it was cut.
 */
export const OUTPUT_JSON_BUDGET_BYTES = 512 * 1024
export const SUMMARY_BUDGET_BYTES = 900 * 1024
