// Preview of the parked clinic widgets (issue 3): imported from source, not part of the drop-in yet.
import '../src/index.js';
import '../src/widgets/location-card/location-card.js';
