#!/usr/bin/env bash
# Makes docs/neovim-diagnostics.png: Neovim (Debian's 0.7.2) in a 100x28 tmux pane with the
# README's 0.7 configuration, the corpus's hello_world.yaml with one mistake (get_param: flavour),
# the diagnostic float opened on the bad value; tmux's capture of the screen (with its colours)
# drawn to PNG by RenderScreen.java (Java2D, DejaVu Sans Mono). Needs nvim, tmux, the corpus.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'tmux -L hot-shot kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
sed 's/flavor: { get_param: flavor }/flavor: { get_param: flavour }/' \
  "${CORPUS:-/work/shared/corpus/heat-templates}/hot/hello_world.yaml" > "$work/hello_world.yaml"
"$repo/hot" --help >/dev/null # builds the jar once
cat > "$work/init.lua" <<LUA
vim.api.nvim_create_autocmd("FileType", {
  pattern = "yaml",
  callback = function(args)
    local id = vim.lsp.start_client({ name = "hot", cmd = { "$repo/hot", "lsp" },
      root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
vim.opt.number = true
vim.opt.signcolumn = "yes"
vim.keymap.set("n", "gl", vim.diagnostic.open_float)
LUA
cd "$work"
tmux -L hot-shot new-session -d -s shot -x 100 -y 28 \
  "TERM=xterm-256color nvim -u init.lua +53 hello_world.yaml"
sleep 30 # the server starts and publishes
tmux -L hot-shot send-keys -t shot "zz" && sleep 1
tmux -L hot-shot send-keys -t shot "28|" && sleep 1
tmux -L hot-shot send-keys -t shot "gl" && sleep 2
tmux -L hot-shot capture-pane -t shot -p -e > screen.ansi
java "$here/RenderScreen.java" screen.ansi "$here/neovim-diagnostics.png"
