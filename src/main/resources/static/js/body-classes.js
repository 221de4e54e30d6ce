// Loaded (not inline, for the Content-Security-Policy) at the top of <body>, as GOV.UK Frontend requires.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
