import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Generous for a 2-core machine shared with other work: there an end-to-end test that spawns
    // the bundle several times (the 25 MB chunked upload: 20-35 s at a load average of 15-20)
    // nears a minute. A spawned action is killed after 90 s (helpers/action.ts), before this, so a
    // hung child still fails its test, with its output, rather than passing unnoticed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The end-to-end tests spawn the bundle and run loopback servers; two workers fit a 2-core runner.
    maxWorkers: 2,
    reporters: ['default'],
    setupFiles: ['__tests__/helpers/schemas.ts'],
  },
})
