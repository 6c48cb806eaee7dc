package podium.hosting;

/** The generated .htaccess in Apache httpd itself (Debian's build, started by the test). */
class ApacheTest extends StaticHostContract {
  ApacheTest() {
    super(new Apache());
  }
}
