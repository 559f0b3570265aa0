// <print-button>: adds a real button that opens the browser's print dialog (which also saves as PDF).
// The button is created here, not in the HTML, so a reader without JavaScript never sees a button
// that does nothing; their browser's own Print menu gives the same sheet.
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'action-button';
    button.textContent = this.dataset.label ?? 'Print';
    button.addEventListener('click', () => window.print());
    this.append(button);
  }
}
if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
