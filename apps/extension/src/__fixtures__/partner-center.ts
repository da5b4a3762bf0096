/**
 * Partner Center v2 technical benefits as web components: `<he-layout>`-style prefixed
 * elements with open shadow roots, rows rendered after a delay (data fetched late).
 */
export interface BenefitRow {
  label: string;
  value: string;
}

export interface PartnerCenterLabels {
  heading: string;
  accessId: string;
  contractId: string;
  remaining: string;
  activateBy: string;
}

export const PC_EN: PartnerCenterLabels = {
  heading: 'Technical support',
  accessId: 'Access ID',
  contractId: 'Contract ID',
  remaining: 'Incidents remaining',
  activateBy: 'Activate by',
};

let defined = false;
export function defineComponents(): void {
  if (defined) return;
  defined = true;
  class DataGrid extends HTMLElement {
    rows: BenefitRow[] = [];
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
      this.render();
    }
    setRows(rows: BenefitRow[]) {
      this.rows = rows;
      this.render();
    }
    render() {
      if (!this.shadowRoot) return;
      this.shadowRoot.innerHTML = `<div role="grid" class="grid">${this.rows
        .map(
          (r) =>
            `<div role="row" class="row"><div role="gridcell" class="cell label"><span>${r.label}</span></div><div role="gridcell" class="cell value"><span class="value-text">${r.value}</span><ds_he-button appearance="stealth" aria-label="Copy"><span>Copy</span></ds_he-button></div></div>`,
        )
        .join('')}</div>`;
    }
  }
  class Button extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({
        mode: 'open',
      }).innerHTML = `<button part="control" ${this.hasAttribute('disabled') ? 'disabled' : ''}><slot></slot></button>`;
    }
  }
  customElements.define('ds_he-data-grid', DataGrid);
  customElements.define('ds_he-button', Button);
}

/** The page: layout, a benefit card whose grid fills in after `delayMs`. */
export function mountTechnicalBenefits(
  rows: BenefitRow[],
  options: { delayMs?: number; heading?: string; intro?: string } = {},
): Promise<HTMLElement> {
  defineComponents();
  const layout = document.createElement('he-layout');
  layout.innerHTML = `<section class="benefit-card"><h2>${options.heading ?? PC_EN.heading}</h2><p>${
    options.intro ?? ''
  }</p><ds_he-data-grid></ds_he-data-grid></section>`;
  document.body.append(layout);
  const grid = layout.getElementsByTagName('ds_he-data-grid')[0] as HTMLElement & {
    setRows(r: BenefitRow[]): void;
  };
  return new Promise((resolve) =>
    setTimeout(() => {
      grid.setRows(rows);
      resolve(grid);
    }, options.delayMs ?? 40),
  );
}
