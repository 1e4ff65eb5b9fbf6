export const id = 227;
export const ids = [227];
export const modules = {
  /***/
  29227: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        F: () => (
          /* binding */
          emulators
        ),
        /* harmony export */
        emulatorNames: () => (
          /* binding */
          emulatorNames
        )
        /* harmony export */
      });
      const emulators = {
        koreai: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(44), __webpack_require__.e(653)]
        ).then(__webpack_require__.bind(__webpack_require__, 27653))).koreaiEmulator,
        zuora: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(491)]
        ).then(__webpack_require__.bind(__webpack_require__, 58491))).zuoraEmulator,
        secmaster: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(646)]
        ).then(__webpack_require__.bind(__webpack_require__, 36646))).secmasterEmulator,
        leapwork: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(663), __webpack_require__.e(44), __webpack_require__.e(971), __webpack_require__.e(951)]
        ).then(__webpack_require__.bind(__webpack_require__, 89951))).leapworkEmulator
      };
      function emulatorNames() {
        return Object.keys(emulators);
      }
    })
  )
};
