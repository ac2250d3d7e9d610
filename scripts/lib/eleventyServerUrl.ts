/**
 * The address Eleventy's server says it serves at, in what `npm start` has
 * printed so far ("[11ty] Server at http://localhost:8080/"), without its last
 * slash; undefined until it has said so. It is not always the port asked for:
 * when that port is taken (by another server started meanwhile), Eleventy
 * serves at the next one, and a test asking the port it chose would be
 * answered by that other server.
 */
export function eleventyServerUrl(output: string): string | undefined {
  return /Server at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
}
