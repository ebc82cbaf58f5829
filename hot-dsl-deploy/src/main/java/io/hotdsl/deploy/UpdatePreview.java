package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Heat says an update would do ({@code PUT stacks/NAME/ID/preview}): every resource, added,
 * deleted, replaced, updated in place or unchanged. Heat's preview over-reports in places (stack
 * resources such as groups and providers show as updated when nothing inside changes), so it is
 * best read next to the offline {@link io.hotdsl.diff.UpdateImpact}.
 *
 * @param resources every resource Heat named, in Heat's order within each kind
 */
public record UpdatePreview(List<Entry> resources) {

  /** What Heat would do to one resource. */
  public enum Change {
    ADDED,
    DELETED,
    REPLACED,
    UPDATED,
    UNCHANGED;

    /** Heat's key in {@code resource_changes}: {@code added}, {@code deleted} … */
    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One resource of the preview.
   *
   * @param name the resource's name
   * @param type its type ("" when Heat did not say)
   * @param change what would happen to it
   * @param parentResource "" for a resource of the stack itself, else the resource of the parent
   *     stack whose nested stack holds it (with {@code show_nested})
   */
  public record Entry(String name, String type, Change change, String parentResource) {}

  public UpdatePreview {
    resources = List.copyOf(resources);
  }

  /** What Heat would do to the stack's own resource {@code name}, if Heat named it. */
  public Optional<Change> change(String name) {
    return resources.stream()
        .filter(e -> e.parentResource().isEmpty() && e.name().equals(name))
        .map(Entry::change)
        .findFirst();
  }

  /** The names of the stack's own resources with change {@code c}. */
  public List<String> names(Change c) {
    return resources.stream()
        .filter(e -> e.parentResource().isEmpty() && e.change() == c)
        .map(Entry::name)
        .toList();
  }

  static UpdatePreview parse(JsonNode body, String path) {
    JsonNode changes = Json.object(body.get("resource_changes"), path + ".resource_changes");
    List<Entry> entries = new ArrayList<>();
    for (Change c : Change.values()) {
      JsonNode list = changes.get(c.key());
      if (list == null || list.isNull()) {
        continue;
      }
      String p = path + ".resource_changes." + c.key();
      List<JsonNode> items = Json.list(list, p);
      for (int i = 0; i < items.size(); i++) {
        JsonNode r = Json.object(items.get(i), p + "[" + i + "]");
        entries.add(new Entry(
            Json.text(r, "resource_name", p + "[" + i + "]"),
            StackEvent.orEmpty(Json.optText(r, "resource_type", p)),
            c,
            StackEvent.orEmpty(Json.optText(r, "parent_resource", p))));
      }
    }
    return new UpdatePreview(entries);
  }
}
