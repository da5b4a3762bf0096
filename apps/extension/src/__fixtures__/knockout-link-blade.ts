/**
 * A classic Azure portal blade built with Knockout: `input.azc-input.azc-formControl`
 * with value bindings (updated on `change`), labels not tied to the inputs by `for`,
 * a `.fxc-simplebutton` Link command enabled only when the viewmodel holds both values.
 */
import ko from 'knockout';

export interface KnockoutBlade {
  blade: HTMLElement;
  vm: {
    accessId: ko.Observable<string>;
    contractId: ko.Observable<string>;
    canLink: ko.PureComputed<boolean>;
    linked: ko.Observable<boolean>;
    /** An unrelated notice shown between the two fields, and the server's error under the form. */
    notice: ko.Observable<string>;
    error: ko.Observable<string>;
    submitted: Array<{ accessId: string; contractId: string }>;
  };
  linkButton(): HTMLElement;
  dispose(): void;
}

export function mountKnockoutBlade(
  parent: HTMLElement,
  labels = { title: 'Link support benefits', accessId: 'Access ID', contractId: 'Contract ID', link: 'Link' },
): KnockoutBlade {
  const blade = parent.ownerDocument.createElement('section');
  blade.className = 'fxs-blade fxs-blade-maximized';
  blade.innerHTML = `
    <header class="fxs-blade-header"><h2 class="fxs-blade-title-titleText">${labels.title}</h2></header>
    <div class="fxs-blade-content">
      <div class="azc-form-section">
        <div class="azc-formElementSubLabelContainer">
          <div class="azc-form-label"><span>${labels.accessId}</span><span class="azc-required-star" aria-hidden="true">*</span></div>
          <div class="azc-formElementContainer">
            <div class="azc-inputbox-wrapper"><input type="text" class="azc-input azc-formControl azc-validation-border" data-bind="value: accessId" /></div>
          </div>
        </div>
        <div class="fxs-messagebox fxs-messagebox-warning" role="status" style="display:none" data-bind="visible: notice"><div class="fxs-messagebox-icon" aria-hidden="true">!</div><div class="fxs-messagebox-text" data-bind="text: notice"></div></div>
        <div class="azc-formElementSubLabelContainer">
          <div class="azc-form-label"><span>${labels.contractId}</span><span class="azc-required-star" aria-hidden="true">*</span></div>
          <div class="azc-formElementContainer">
            <div class="azc-inputbox-wrapper"><input type="text" class="azc-input azc-formControl azc-validation-border" data-bind="value: contractId" /></div>
          </div>
        </div>
        <input type="hidden" name="__token" value="" />
        <input type="text" class="azc-input" disabled aria-label="Access ID (disabled copy)" />
      </div>
      <div class="fxs-blade-actionbar">
        <div class="fxc-simplebutton" role="button" tabindex="0" data-bind="css: { 'fxc-simplebutton-disabled': !canLink() }, attr: { 'aria-disabled': String(!canLink()) }, click: link">${labels.link}</div>
      </div>
      <div class="fxs-messagebox" data-bind="visible: linked" style="display:none" role="status">Support benefits linked</div>
      <div class="fxs-messagebox fxs-messagebox-error" role="alert" style="display:none" data-bind="visible: error"><div class="fxs-messagebox-text" data-bind="text: error"></div></div>
    </div>`;
  parent.append(blade);
  const accessId = ko.observable('');
  const contractId = ko.observable('');
  const submitted: KnockoutBlade['vm']['submitted'] = [];
  const vm = {
    accessId,
    contractId,
    canLink: ko.pureComputed(() => !!accessId() && !!contractId()),
    linked: ko.observable(false),
    notice: ko.observable(''),
    error: ko.observable(''),
    submitted,
    link() {
      if (!vm.canLink()) return;
      submitted.push({ accessId: accessId(), contractId: contractId() });
      vm.linked(true);
    },
  };
  ko.applyBindings(vm, blade);
  return {
    blade,
    vm,
    linkButton: () => blade.querySelector('.fxc-simplebutton') as HTMLElement,
    dispose: () => {
      ko.cleanNode(blade);
      blade.remove();
    },
  };
}
