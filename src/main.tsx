// Placeholder entry until the timeline app lands (issue 3).
const root = document.getElementById('root');
if (root) root.textContent = 'مسار';
