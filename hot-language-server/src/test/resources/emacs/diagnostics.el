;;; diagnostics.el --- run by EmacsClientTest: emacs --batch -l diagnostics.el  -*- lexical-binding: t -*-
;; Opens $HOT_LSP_FILE, starts the server with eglot as an Emacs configuration does (the major
;; mode mapped to the server's command in `eglot-server-programs'), waits for the diagnostics
;; eglot receives, writes them to $HOT_LSP_OUT (one line each:
;; line:col:severity:code:message, 0-based), then replaces line $HOT_LSP_FIX_LINE (1-based)
;; with $HOT_LSP_FIX_TEXT in the buffer, lets eglot send the change and waits for the
;; diagnostics to clear.
(require 'package)
(package-initialize)
(require 'eglot)

(defvar hot-received nil "The diagnostics of each publishDiagnostics eglot handled, newest first.")

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (push (plist-get params :diagnostics) hot-received))))

(defun hot-wait (predicate seconds)
  "Process the server's messages until PREDICATE holds or SECONDS pass; whether it held."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun hot-line (d)
  (let* ((start (plist-get (plist-get d :range) :start)))
    (format "%d:%d:%d:%s:%s" (plist-get start :line) (plist-get start :character)
            (plist-get d :severity) (or (plist-get d :code) "") (plist-get d :message))))

(let ((out '()))
  (find-file (getenv "HOT_LSP_FILE"))
  (setq eglot-server-programs
        `((,major-mode . (,(getenv "HOT_LSP_JAVA") "-cp" ,(getenv "HOT_LSP_CP")
                          "io.hotdsl.lsp.HotLanguageServer"))))
  (apply #'eglot (eglot--guess-contact))
  (if (not (hot-wait (lambda () (and hot-received (> (length (car hot-received)) 0))) 150))
      (push "NO DIAGNOSTICS" out)
    (mapc (lambda (d) (push (hot-line d) out)) (car hot-received))
    (goto-char (point-min))
    (forward-line (1- (string-to-number (getenv "HOT_LSP_FIX_LINE"))))
    (delete-region (line-beginning-position) (line-end-position))
    (insert (getenv "HOT_LSP_FIX_TEXT"))
    ;; eglot sends changes from an idle timer, which batch Emacs never runs: send them now
    (eglot--signal-textDocument/didChange)
    (push (if (hot-wait (lambda () (= (length (car hot-received)) 0)) 60)
              "CLEARED" "NOT CLEARED")
          out))
  (with-temp-file (getenv "HOT_LSP_OUT")
    (insert (mapconcat #'identity (nreverse out) "\n") "\n"))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))
