// The reference page of the page-weight benchmark, built "the plain way": a stock Framework page
// that draws the report's pipeline-sectors chart in the browser with vega-embed and with Plot,
// both imported from node_modules (a `npm:` import would need jsDelivr, which is offline here).
// Only the Google font link is dropped: offline it fails and ships no bytes either way.
export default {
  root: "src",
  output: "dist",
  title: "Reference page",
  globalStylesheets: [],
};
