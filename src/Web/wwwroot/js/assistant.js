// /hoi-dap without reloads: the page works as plain form posts; this script sends the same posts with fetch
// and the X-Assistant-Turn header, and the server answers with the turn's HTML alone, appended to the
// conversation (an aria-live region, so the reply is read out). Anything unexpected falls back to the post.
(function () {
    'use strict';
    var conversation = document.getElementById('conversation');
    var question = document.getElementById('question');
    var error = document.getElementById('question-error');
    if (!conversation || !question || !window.fetch || !window.FormData) {
        return;
    }

    function sendNatively(form, submitter) {
        form.setAttribute('data-native', 'true');
        if (form.requestSubmit) {
            form.requestSubmit(submitter || undefined);
        } else {
            form.submit();
        }
    }

    function showError(message) {
        error.textContent = message;
        question.setAttribute('aria-invalid', 'true');
        question.focus();
    }

    function clearError() {
        error.textContent = '';
        question.setAttribute('aria-invalid', 'false');
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var kind = form.getAttribute('data-assistant');
        if (!kind || form.getAttribute('data-native') === 'true') {
            return;
        }
        event.preventDefault();
        var submitter = event.submitter;
        var data = new FormData(form);
        if (submitter && submitter.name) {
            data.append(submitter.name, submitter.value);
        }
        var buttons = form.querySelectorAll('button');
        buttons.forEach(function (button) { button.disabled = true; });
        conversation.setAttribute('aria-busy', 'true');
        fetch(form.action, { method: 'POST', body: data, headers: { 'X-Assistant-Turn': '1' }, credentials: 'same-origin' })
            .then(function (response) {
                return response.text().then(function (body) { return { status: response.status, ok: response.ok, body: body }; });
            })
            .then(function (result) {
                buttons.forEach(function (button) { button.disabled = false; });
                if (kind === 'feedback' && (result.ok || result.status === 404)) {
                    form.insertAdjacentHTML('afterend', result.body);
                    form.remove();
                } else if (kind === 'ask' && result.ok) {
                    clearError();
                    conversation.insertAdjacentHTML('beforeend', result.body);
                    question.value = '';
                    var turns = conversation.querySelectorAll('.turn');
                    turns[turns.length - 1].scrollIntoView({ block: 'start' });
                } else if (kind === 'ask' && result.status === 400) {
                    showError(result.body);
                } else {
                    sendNatively(form, submitter);
                }
            })
            .catch(function () { sendNatively(form, submitter); })
            .finally(function () { conversation.removeAttribute('aria-busy'); });
    });
})();
