// The CMS's preview pane (/admin/) shows a page in the site's own style sheet, whose published name the page gives.
/* global CMS */
CMS.registerPreviewStyle(document.currentScript.dataset.previewStyle);
