(function(){
  var sel = {};
  ['entity','ground','decision','detector','file'].forEach(function(k){ sel[k] = document.getElementById('f-' + k); });
  function apply(){
    var shown = 0;
    document.querySelectorAll('.finding').forEach(function(el){
      var ok = true;
      for (var k in sel) {
        var v = sel[k].value; if (!v) continue;
        if (k === 'detector') { ok = ok && (' ' + el.dataset.detectors + ' ').indexOf(' ' + v + ' ') >= 0; }
        else { ok = ok && el.dataset[k] === v; }
      }
      el.classList.toggle('hidden', !ok);
      if (ok && el.tagName === 'TR') shown++;
    });
    document.getElementById('shown').textContent = shown;
  }
  for (var k in sel) sel[k].addEventListener('change', apply);
  apply();
})();
