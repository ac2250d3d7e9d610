/** Pages of the fixture site (tests/fixtures/content, built into _site.fixtures/) that the browser tests know by name. */
export const ARTICLE = "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/";
export const SUMMIT = "/events/loneliness-summit/";
export const COORDINATORS = "/tackling-loneliness/local-area-coordinators/";
/** An event in 2099, so that the events page has an upcoming event for decades. */
export const OPEN_DAY = "/events/county-hall-open-day/";
/** A campaign page with updates: "last updated", and the list of every update at its end. */
export const UPDATED_PAGE = "/tackling-loneliness/social-workers/";
/** An event withdrawn, with a notice at its top; search labels it Withdrawn. */
export const WITHDRAWN_EVENT = "/events/carol-concert/";
/** A campaign past its expiry date, withdrawn by the build with the standard reason. */
export const EXPIRED_PAGE = "/winter-warmth/";
/** A topic page, with its feed and the email alerts the fixture settings name. */
export const TOPIC = "/topics/council-services/";
