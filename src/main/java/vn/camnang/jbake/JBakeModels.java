package vn.camnang.jbake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * The Freemarker values JBake's templates expect beyond plain maps and lists: lists that also
 * answer {@code .size()} and {@code .get(i)} (JBake hands some lists over as Java objects), and
 * config values that are at once text and list ({@code a,b}) or text and boolean ({@code true}).
 * Nothing here reaches a class, a file or a method of the JVM.
 */
final class JBakeModels {
  private JBakeModels() {}

  /** The object wrapper of JBake templates: ours, with {@link JBakeList} for every Java list. */
  static ObjectWrapper wrapper() {
    return new JBakeWrapper();
  }

  /** A config value: text; also a boolean for true/false; also a list when it holds commas. */
  static TemplateModel configValue(String text, List<String> items) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return new BooleanText(text, Boolean.parseBoolean(text));
    }
    if (items.size() > 1) {
      return new ListText(text, items);
    }
    return new SimpleScalar(text);
  }

  private static final class JBakeWrapper extends DefaultObjectWrapper {
    JBakeWrapper() {
      super(Configuration.VERSION_2_3_34);
      writeProtect();
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
      if (obj instanceof List<?> list) {
        return new JBakeList(list, this);
      }
      return super.wrap(obj);
    }
  }

  /**
   * A list that is a sequence and also has {@code size()}, {@code isEmpty()} and {@code get(i)}.
   */
  static final class JBakeList implements TemplateSequenceModel, TemplateHashModel {
    private final List<?> list;
    private final ObjectWrapper wrapper;

    JBakeList(List<?> list, ObjectWrapper wrapper) {
      this.list = list;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(int index) throws TemplateModelException {
      return index < 0 || index >= list.size() ? null : wrapper.wrap(list.get(index));
    }

    @Override
    public int size() {
      return list.size();
    }

    @Override
    public TemplateModel get(String key) {
      return switch (key) {
        case "size" -> (TemplateMethodModelEx) args -> new SimpleNumber(list.size());
        case "isEmpty" ->
            (TemplateMethodModelEx)
                args -> list.isEmpty() ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        case "get" ->
            (TemplateMethodModelEx)
                args -> {
                  if (args.size() != 1 || !(args.get(0) instanceof TemplateNumberModel n)) {
                    throw new TemplateModelException("get takes one index, e.g. list.get(0)");
                  }
                  return get(n.getAsNumber().intValue());
                };
        default -> null;
      };
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  /** {@code true}/{@code false} from jbake.properties: usable as text and as a boolean. */
  static final class BooleanText implements TemplateScalarModel, TemplateBooleanModel {
    private final String text;
    private final boolean value;

    BooleanText(String text, boolean value) {
      this.text = text;
      this.value = value;
    }

    @Override
    public String getAsString() {
      return text;
    }

    @Override
    public boolean getAsBoolean() {
      return value;
    }
  }

  /** {@code a,b} from jbake.properties: the text as written, and the list JBake makes of it. */
  static final class ListText implements TemplateScalarModel, TemplateSequenceModel {
    private final String text;
    private final List<String> items;

    ListText(String text, List<String> items) {
      this.text = text;
      this.items = List.copyOf(items);
    }

    @Override
    public String getAsString() {
      return text;
    }

    @Override
    public TemplateModel get(int index) {
      return index < 0 || index >= items.size() ? null : new SimpleScalar(items.get(index));
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  /** The text of a method argument. */
  static String text(List<?> args, int i, String method) throws TemplateModelException {
    if (args.size() <= i || !(args.get(i) instanceof TemplateScalarModel s)) {
      throw new TemplateModelException(method + " needs a text argument");
    }
    return s.getAsString();
  }

  /** An optional boolean argument (JBake's {@code applyPaging}). */
  static boolean flag(List<?> args, int i) throws TemplateModelException {
    return args.size() > i && args.get(i) instanceof TemplateBooleanModel b && b.getAsBoolean();
  }
}
