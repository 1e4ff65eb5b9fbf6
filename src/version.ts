import packageJson from '../package.json' with { type: 'json' }

/** The package's version: package.json is the one place it is written (a release bumps it there). */
export const VERSION: string = packageJson.version

/** The tag that follows the newest release of this major version (release.yml moves it): v0 for 0.y.z. */
export const MAJOR_TAG = `v${VERSION.split('.')[0]}`
