// Passkeys (WebAuthn) against Spring Security's endpoints; the ceremony follows Spring
// Security's own spring-security-webauthn.js (Apache-2.0). Passkeys need JavaScript by
// nature; everything else works without it, and the password login always does.
(function () {
  'use strict';

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function headers() {
    var result = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: headers(), body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function authenticate() {
    return post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('not authenticated');
      }
    });
  }

  function register(label) {
    return post('/webauthn/register/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post('/webauthn/register', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
    });
  }

  function showError(element) {
    if (element) {
      element.hidden = false;
      element.focus();
    }
  }

  // Without WebAuthn in the browser the passkey parts stay hidden.
  if (!window.PublicKeyCredential) {
    return;
  }
  document.querySelectorAll('[data-passkey]').forEach(function (part) {
    part.hidden = false;
  });

  document.querySelectorAll('[data-passkey-login]').forEach(function (button) {
    button.addEventListener('click', function () {
      var error = document.getElementById(button.getAttribute('data-passkey-error'));
      authenticate().then(function () {
        window.location.href = button.getAttribute('data-passkey-login');
      }).catch(function () {
        showError(error);
      });
    });
  });

  document.querySelectorAll('form[data-passkey-register]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var label = form.querySelector('input[name="label"]').value.trim();
      var error = document.getElementById(form.getAttribute('data-passkey-error'));
      if (!label) {
        showError(error);
        return;
      }
      register(label).then(function () {
        window.location.href = form.getAttribute('data-passkey-register');
      }).catch(function () {
        showError(error);
      });
    });
  });
})();
