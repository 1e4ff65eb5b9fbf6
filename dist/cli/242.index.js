export const id = 242;
export const ids = [242];
export const modules = {
  /***/
  99242: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        editedPieces: () => (
          /* binding */
          editedPieces
        ),
        /* harmony export */
        r: () => (
          /* binding */
          toPointer
        )
        /* harmony export */
      });
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33603);
      function applyEdits(text, edits) {
        return [...editedPieces(text, edits)].join("");
      }
      const PIECE_CHARS = 256 * 1024;
      function* editedPieces(text, edits, prefix = "") {
        if (prefix)
          yield prefix;
        let at = 0;
        for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
          yield* slices(text, at, edit.offset);
          yield edit.text;
          at = edit.offset + edit.length;
        }
        yield* slices(text, at, text.length);
      }
      function* slices(text, start, end) {
        for (let from = start; from < end; ) {
          let to = Math.min(end, from + PIECE_CHARS);
          const last = text.charCodeAt(to - 1);
          if (to < end && last >= 55296 && last <= 56319)
            to++;
          yield text.slice(from, to);
          from = to;
        }
      }
      function toPointer(path) {
        return (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_0__.rq)(path);
      }
    })
  )
};
