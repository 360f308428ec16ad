// Shows feedback for each answer and, when all three are answered well, reports completion to VidSynt: the only
// channel a package has is a message to the page that frames it, with the launch token from its own address
// (/pkg/<token>/...). The frame may only be embedded by the VidSynt page (frame-ancestors), so the parent is that page.
(function () {
  var token = location.pathname.split('/')[2];
  var finish = document.getElementById('finish');
  var status = document.getElementById('status');
  var right = {};

  document.querySelectorAll('input[type=radio]').forEach(function (input) {
    input.addEventListener('change', function () {
      var feedback = document.querySelector('.feedback[data-for="' + input.name + '"]');
      feedback.textContent = feedback.getAttribute('data-' + input.value);
      feedback.className = 'feedback ' + input.value;
      right[input.name] = input.value === 'ja';
      var done = right.q1 && right.q2 && right.q3;
      finish.disabled = !done;
      status.textContent = done ? 'Alle tre er besvart. Trykk «Jeg er ferdig».' : 'Svar riktig på alle tre for å fullføre.';
    });
  });

  finish.addEventListener('click', function () {
    if (window.parent !== window) {
      window.parent.postMessage({type: 'vidsynt:complete', token: token}, '*');
    }
    finish.disabled = true;
    status.textContent = 'Takk! Øvelsen er registrert som fullført.';
  });
})();
