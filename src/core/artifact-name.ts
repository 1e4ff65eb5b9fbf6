/** GitHub refuses these characters in artifact names (@actions/artifact validateArtifactName). */
export const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/

/** A default artifact name from a workflow name: forbidden characters become dashes. */
export function defaultArtifactName(platform: string, label: string): string {
  return `${platform}-${label}`.replace(new RegExp(ARTIFACT_NAME_FORBIDDEN.source, 'g'), '-').replace(/\s+/g, '-')
}
