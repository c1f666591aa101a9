import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Bakes a JBake project with real JBake: {@code java -cp <jbake> RunJBake.java <source> <output>}. */
public class RunJBake {
  public static void main(String[] args) throws Exception {
    Oven oven =
        new Oven(
            new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true));
    oven.bake();
    if (!oven.getErrors().isEmpty()) {
      System.err.println("JBake errors: " + oven.getErrors());
      System.exit(1);
    }
  }
}
