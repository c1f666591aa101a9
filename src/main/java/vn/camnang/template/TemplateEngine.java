package vn.camnang.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Severity;

/**
 * One Freemarker {@link Configuration} per build. Templates come from the site's {@code templates/}
 * folder, falling back to the built-in theme shipped in the jar, so any folder with only {@code
 * content/} builds.
 *
 * <p>Locked down: HTML auto-escaping for every template (JBake's {@code .ftl} included; page bodies
 * are passed as markup so they are not escaped twice), errors rethrown (never printed into a page),
 * {@code ?new} resolves no class, {@code ?api} is off, and templates receive only maps, lists,
 * strings, numbers, booleans and dates — nothing that reaches the file system.
 */
public final class TemplateEngine {
  /** Where the built-in theme's templates live on the class path. */
  public static final String BUILTIN_TEMPLATES = "/camnang/theme/templates";

  private final Configuration cfg;
  private final Path templatesDir;
  private final boolean jbake;

  public TemplateEngine(Path siteTemplatesDir) {
    this(siteTemplatesDir, false, null, Locale.forLanguageTag("vi-VN"), TimeZone.getTimeZone("UTC"));
  }

  /**
   * The engine for a JBake project ({@code vn.camnang.jbake}): the project's own templates only (no
   * built-in theme), no auto-escaping (JBake's templates escape with {@code <#escape>} and print
   * bodies as strings), JBake's default formats in {@code locale}. Still no {@code ?new}, no {@code
   * ?api}, errors with template file and line.
   */
  public static TemplateEngine forJBake(
      Path templatesDir, Locale locale, TimeZone timeZone, ObjectWrapper wrapper) {
    return new TemplateEngine(templatesDir, true, wrapper, locale, timeZone);
  }

  /** @param jbake a JBake project's engine: its own templates only, JBake's settings */
  private TemplateEngine(
      Path siteTemplatesDir, boolean jbake, ObjectWrapper wrapper, Locale locale, TimeZone timeZone) {
    this.templatesDir = siteTemplatesDir;
    this.jbake = jbake;
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    try {
      if (siteTemplatesDir != null && Files.isDirectory(siteTemplatesDir)) {
        loaders.add(new FileTemplateLoader(siteTemplatesDir.toFile()));
      }
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(siteTemplatesDir, 0, "cannot read templates: " + e.getMessage()));
    }
    if (!jbake) {
      loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILTIN_TEMPLATES));
    }
    c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    if (!jbake) {
      c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    }
    c.setRecognizeStandardFileExtensions(true);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setAttemptExceptionReporter((e, env) -> {});
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setLocale(locale);
    c.setTimeZone(timeZone);
    if (!jbake) {
      c.setDateFormat("dd/MM/yyyy");
      c.setNumberFormat("computer");
    }
    c.setLocalizedLookup(false);
    c.setObjectWrapper(
        wrapper != null
            ? wrapper
            : new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    this.cfg = c;
  }

  /** True when a template of that name exists (in the site or the built-in theme). */
  public boolean exists(String name) {
    try {
      cfg.getTemplate(name);
      return true;
    } catch (TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      return true; // it exists but does not parse: render() reports that with its line
    }
  }

  /**
   * Renders a template. A template error becomes a diagnostic naming the template file and line.
   */
  public String render(String name, Map<String, Object> model) {
    Template template;
    try {
      template = cfg.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new BuildException(
          Diagnostic.error(
              templatePath(name),
              0,
              "template '" + name + "' not found",
              "add templates/" + name + " or remove the setting that asks for it"));
    } catch (ParseException e) {
      throw new BuildException(
          new Diagnostic(
              templatePath(e.getTemplateName() == null ? name : e.getTemplateName()),
              e.getLineNumber(),
              e.getColumnNumber(),
              Severity.ERROR,
              "template syntax error: " + oneLine(e.getEditorMessage()),
              null));
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(templatePath(name), 0, "cannot read template: " + e.getMessage()));
    }
    StringWriter out = new StringWriter(16 * 1024);
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      String what =
          e.getBlamedExpressionString() != null
              ? "'" + e.getBlamedExpressionString() + "': "
              : "";
      throw new BuildException(
          new Diagnostic(
              templatePath(source),
              line == null ? 0 : line,
              col == null ? 0 : col,
              Severity.ERROR,
              "template error: " + what + firstSentence(e),
              e instanceof TemplateModelException
                  ? null
                  : "use ${x!} or <#if x??> for a value a page may not have"),
          e);
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(templatePath(name), 0, "cannot write page: " + e.getMessage()));
    }
    return out.toString();
  }

  private Path templatePath(String name) {
    if (templatesDir != null && Files.isRegularFile(templatesDir.resolve(name))) {
      return templatesDir.resolve(name);
    }
    return jbake ? templatesDir.resolve(name) : Path.of("(built-in theme)", name);
  }

  private static String firstSentence(TemplateException e) {
    String m = e.getMessageWithoutStackTop();
    if (m == null) {
      return "unknown error";
    }
    String s = m.strip();
    int cut = s.indexOf("\n\n");
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    int where = s.indexOf(" [in template");
    if (where > 0) {
      s = s.substring(0, where);
    }
    int tip = s.indexOf("----");
    if (tip > 0) {
      s = s.substring(0, tip);
    }
    return oneLine(s);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
