/** What an editor is told about an image in the text that does not describe itself, by the build and by the content lint. */
export function missingAltMessage(src: string): string {
  return (
    `The image "${src}" has no description (alt text). ` +
    `Write what it shows between the square brackets, for people who cannot see it, for example ![A crowd at the loneliness summit](${src}).`
  );
}
