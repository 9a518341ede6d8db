/*
 * The public application form: checks a 公民身份号码 as it is typed (GB 11643, ISO 7064 MOD 11-2), the same
 * check the server makes again (request.IdentityNumber). The messages come from the page (data-* attributes
 * filled from the message bundles); without JavaScript the server's check alone applies.
 */
(function () {
  var input = document.getElementById('identityNumber');
  var kind = document.getElementById('identityKind');
  var live = document.getElementById('identityNumber-live');
  if (!input || !kind || !live) {
    return;
  }
  var weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var checks = '10X98765432';

  function problem(value, finished) {
    if (kind.value !== 'RESIDENT_ID' || value.length === 0) {
      return '';
    }
    if (!/^\d{0,17}[\dX]?$/.test(value.substring(0, 18))) {
      return live.getAttribute('data-characters');
    }
    if (value.length > 18 || (finished && value.length < 18)) {
      return live.getAttribute('data-length');
    }
    if (value.length === 18) {
      var sum = 0;
      for (var i = 0; i < 17; i++) {
        sum += Number(value.charAt(i)) * weights[i];
      }
      if (checks.charAt(sum % 11) !== value.charAt(17)) {
        return live.getAttribute('data-check');
      }
    }
    return '';
  }

  function show(finished) {
    live.textContent = problem(input.value.trim().toUpperCase(), finished);
  }

  input.addEventListener('input', function () { show(false); });
  input.addEventListener('blur', function () { show(true); });
  kind.addEventListener('change', function () { show(true); });
})();
