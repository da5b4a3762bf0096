import { render } from 'preact';
import { popupCacheItem } from '../../src/storage/items';
import { popupApi } from '../../src/ui/popup/api';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/shared/styles.css';
import '../../src/ui/popup/popup.css';

// Paint from the cache the background keeps; the popup then asks for a sync.
const root = document.getElementById('app')!;
void popupCacheItem.getValue().then((initial) => {
  render(<Popup initial={initial} browserLanguage={navigator.language} api={popupApi} />, root);
  // Time from navigation start to the first paint of contracts, for the <100 ms check.
  performance.mark('supportlink:popup-rendered');
});
