import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The end-to-end tests spawn the bundle and run loopback servers; two workers fit a 2-core runner.
    maxWorkers: 2,
    reporters: ['default'],
  },
})
