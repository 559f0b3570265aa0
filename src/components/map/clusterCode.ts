// The markercluster plugin, imported as one unit by <offer-map> (see mapResources.ts). The plugin extends
// the global `L` that Leaflet's own module sets, so Leaflet comes first; imported together, the browser
// fetches both files at once instead of the plugin after Leaflet.
import 'leaflet';
import 'leaflet.markercluster';
