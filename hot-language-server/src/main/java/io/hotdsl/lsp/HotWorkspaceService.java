package io.hotdsl.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The workspace: a watched file changed on disk (an environment, a provider template, a {@code
 * get_file} target) makes the server read the workspace again and re-check the open documents.
 */
final class HotWorkspaceService implements WorkspaceService {
  private final HotTextDocumentService documents;

  HotWorkspaceService(HotTextDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {}

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    documents.filesChanged();
  }
}
