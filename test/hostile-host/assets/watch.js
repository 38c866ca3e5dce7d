// Records CSP violations and uncaught errors on the page so the test can assert there are none.
window.motcuaViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.motcuaViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
