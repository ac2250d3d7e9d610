/** Pages of the fixture site (tests/fixtures/content, built into _site.fixtures/) that the browser tests know by name. */
export const ARTICLE = "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/";
export const SUMMIT = "/events/loneliness-summit/";
export const COORDINATORS = "/tackling-loneliness/local-area-coordinators/";
/** An event in 2099, so that the events page has an upcoming event for decades. */
export const OPEN_DAY = "/events/county-hall-open-day/";
