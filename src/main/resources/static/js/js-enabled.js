// Loaded in <head>: marks the page as scripted before it is drawn, so no-JavaScript fallbacks stay hidden.
document.documentElement.classList.add('js');
