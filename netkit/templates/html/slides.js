(function(){var s=[].slice.call(document.querySelectorAll('.slide')),i=0,c=document.querySelector('.counter');
function go(n){i=Math.max(0,Math.min(s.length-1,n));s.forEach(function(e,k){e.classList.toggle('current',k===i)});
c.textContent=(i+1)+' / '+s.length;history.replaceState(null,'','#'+(i+1));if(typeof start==='function')start(s[i],false);}
document.addEventListener('keydown',function(e){if(['ArrowRight','PageDown',' '].indexOf(e.key)>=0)go(i+1);
else if(['ArrowLeft','PageUp'].indexOf(e.key)>=0)go(i-1);else if(e.key==='Home')go(0);
else if(e.key==='End')go(s.length-1);else if(e.key==='n'||e.key==='N')document.body.classList.toggle('show-notes');
else if(e.key==='t'||e.key==='T')start(s[i],true);});
var run=null;function show(t,left){t.textContent=Math.floor(left/60)+':'+('0'+left%60).slice(-2);
t.classList.toggle('done',left<=0);}
function start(slide,again){var t=slide.querySelector('.timer');if(!t)return;if(run){clearInterval(run.id);}
if(again||!t.dataset.left)t.dataset.left=t.dataset.seconds;show(t,+t.dataset.left);
run={id:setInterval(function(){var l=Math.max(0,+t.dataset.left-1);t.dataset.left=l;show(t,l);},1000)};}
document.addEventListener('click',function(e){if(!e.target.closest('a'))go(i+1);});
go((parseInt(location.hash.slice(1),10)||1)-1);})();
