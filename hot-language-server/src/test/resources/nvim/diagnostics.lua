-- Run by NeovimClientTest: nvim --headless --clean -n -c "luafile diagnostics.lua" TEMPLATE
-- Starts the server as an editor's configuration does, waits for its diagnostics, writes them
-- to $HOT_LSP_OUT (one line each: line:col:severity:code:message, 0-based), then fixes line
-- $HOT_LSP_FIX_LINE (1-based) to $HOT_LSP_FIX_TEXT in the buffer and waits for the diagnostics
-- to clear (a didChange from a real client).
local out = {}
local id = vim.lsp.start_client({
  name = "hot",
  cmd = { os.getenv("HOT_LSP_JAVA"), "-cp", os.getenv("HOT_LSP_CP"),
          "io.hotdsl.lsp.HotLanguageServer" },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, id)
local got = vim.wait(150000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%d:%d:%d:%s:%s", d.lnum, d.col, d.severity, d.code or "",
    d.message))
end
if not got then
  table.insert(out, "NO DIAGNOSTICS")
else
  local fix = tonumber(os.getenv("HOT_LSP_FIX_LINE"))
  vim.api.nvim_buf_set_lines(0, fix - 1, fix, false, { os.getenv("HOT_LSP_FIX_TEXT") })
  local cleared = vim.wait(60000, function() return #vim.diagnostic.get(0) == 0 end, 50)
  table.insert(out, cleared and "CLEARED" or "NOT CLEARED")
end
vim.fn.writefile(out, os.getenv("HOT_LSP_OUT"))
vim.lsp.stop_client(id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
vim.cmd("qa!")
