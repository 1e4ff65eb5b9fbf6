export const id = 105;
export const ids = [105];
export const modules = {
  /***/
  44105: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        builders: () => (
          /* binding */
          builders
        )
        /* harmony export */
      });
      var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16435);
      const builders = {
        string: zod__WEBPACK_IMPORTED_MODULE_0__.YjP,
        number: zod__WEBPACK_IMPORTED_MODULE_0__.aig,
        boolean: zod__WEBPACK_IMPORTED_MODULE_0__.zMY,
        unknown: zod__WEBPACK_IMPORTED_MODULE_0__.L5J,
        literal: zod__WEBPACK_IMPORTED_MODULE_0__.euz,
        enum: zod__WEBPACK_IMPORTED_MODULE_0__.k5n,
        object: zod__WEBPACK_IMPORTED_MODULE_0__.Ikc,
        looseObject: zod__WEBPACK_IMPORTED_MODULE_0__._H3,
        strictObject: zod__WEBPACK_IMPORTED_MODULE_0__.rej,
        array: zod__WEBPACK_IMPORTED_MODULE_0__.YOg,
        union: zod__WEBPACK_IMPORTED_MODULE_0__.KCZ,
        lazy: zod__WEBPACK_IMPORTED_MODULE_0__.RZV,
        record: zod__WEBPACK_IMPORTED_MODULE_0__.g1P
      };
    })
  )
};
