import packageJson from '../package.json' with { type: 'json' }

/** The package's version: package.json is the one place it is written (a release bumps it there). */
export const VERSION: string = packageJson.version
