// Vaadin 25.2's connection indicator stays on "reconnecting" when a resent request, not a heartbeat, got through
// after a drop (Flow sets "connected" again only for heartbeats). A UIDL or heartbeat response that arrives proves
// the server is reachable again, so the indicator is told so; Flow itself has already resent what was queued.
(() => {
  if (window.replikaConnectionRecovery) {
    return;
  }
  window.replikaConnectionRecovery = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (/[?&]v-r=(uidl|heartbeat)/.test(String(url))) {
      this.addEventListener('load', () => {
        const connection = window.Vaadin && window.Vaadin.connectionState;
        if (this.status === 200 && connection && connection.state === 'reconnecting' && navigator.onLine) {
          connection.state = 'connected';
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };
})();
