import { render } from 'preact';
import { optionsApi } from '../../src/ui/options/api';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/shared/styles.css';
import '../../src/ui/options/options.css';

render(<Options api={optionsApi} browserLanguage={navigator.language} />, document.getElementById('app')!);
