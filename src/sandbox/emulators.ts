import type { Emulator } from './types.js'

/**
 * Every platform's emulator, by the `platform` input's value: one line per platform, each loaded
 * only when its sandbox starts. The action never reaches this file (nothing under src/platforms or
 * src/core imports the sandbox), so its bundle carries no emulator; the CLI's does.
 */
export const emulators: Readonly<Record<string, () => Promise<Emulator>>> = {
  koreai: async () => (await import('./emulators/koreai/emulator.js')).koreaiEmulator,
  zuora: async () => (await import('./emulators/zuora/emulator.js')).zuoraEmulator,
  secmaster: async () => (await import('./emulators/secmaster/emulator.js')).secmasterEmulator,
  leapwork: async () => (await import('./emulators/leapwork/emulator.js')).leapworkEmulator,
}

export function emulatorNames(): string[] {
  return Object.keys(emulators)
}
