/*
 * The exam page's countdown. The server renders the seconds it has left until the attempt's
 * deadline; the browser counts them down on its own clock and takes the server's figure again with
 * every saved answer. At zero it opens the page again, so the server submits the attempt with the
 * answers saved and shows its result; the server alone decides when time is up.
 */
var CosQualExam = (function () {
  var shown = null;
  var end = 0;
  var timer = null;

  function twoDigits(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function format(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return (h > 0 ? h + ":" + twoDigits(m) : twoDigits(m)) + ":" + twoDigits(s);
  }

  function tick() {
    var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    shown.textContent = format(left);
    shown.classList.toggle("cq-exam-ending", left <= 300);
    if (left === 0) {
      clearInterval(timer);
      timer = null;
      // A second's grace, so the server's clock has passed the deadline too.
      setTimeout(function () {
        window.location.replace(shown.getAttribute("data-reload"));
      }, 1000);
    }
  }

  function start() {
    shown = document.getElementById("countdown");
    if (!shown) {
      return;
    }
    end = Date.now() + Number(shown.getAttribute("data-remaining")) * 1000;
    tick();
    if (end > Date.now()) {
      timer = setInterval(tick, 1000);
    }
  }

  /** After a save: the server's time left, in the ajax response's callback parameters. */
  function synchronise(args) {
    if (shown && timer && args && typeof args.remaining === "number") {
      end = Date.now() + args.remaining * 1000;
    }
  }

  return { start: start, synchronise: synchronise };
})();

CosQualExam.start();
