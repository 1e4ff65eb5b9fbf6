/**
 * The largest document flowferry reads whole into memory to parse it (canonical JSON, redaction,
 * placeholders, semantic diff, offline checks). Bigger files are streamed through as they are:
 * a 1 GiB package must not need 1 GiB of memory.
 */
export const IN_MEMORY_DOCUMENT_LIMIT = 64 * 1024 * 1024
