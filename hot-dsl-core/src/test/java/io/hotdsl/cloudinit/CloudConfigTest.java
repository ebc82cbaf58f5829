package io.hotdsl.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudConfigTest {

  static final String CLASSIC = """
      #cloud-config
      mounts:
       - [ xvdc, /var/www ]
      packages:
       - apache2
       - htop
      """;

  /** The tree of a cloud-config text, after checking and stripping its first line. */
  static Object tree(String text) {
    assertThat(text.lines().findFirst()).contains("#cloud-config");
    return YamlReader.read(text.substring(text.indexOf('\n') + 1), "cloud-config");
  }

  @Test
  void classicDocumentRendersAsTheSameTree() {
    CloudConfig config = CloudConfig.builder()
        .mount("xvdc", "/var/www")
        .packages("apache2", "htop")
        .build();
    assertThat(config.isLiteral()).isTrue();
    Value<String> userData = config.userData();
    assertThat(userData.toTree()).isInstanceOf(String.class);
    String text = (String) userData.toTree();
    assertThat(text).startsWith("#cloud-config\n");
    assertThat(tree(text)).isEqualTo(tree(CLASSIC));
    assertThat(text).isEqualTo("""
        #cloud-config
        mounts:
          - - xvdc
            - /var/www
        packages:
          - apache2
          - htop
        """);
  }

  @Test
  void everyKey() {
    CloudConfig config = CloudConfig.builder()
        .packageUpdate(true)
        .packageUpgrade(false)
        .packageRebootIfRequired(true)
        .packages("nginx")
        .packageEntry(List.of("libpython3", "3.11"))
        .mount("xvdc", "/var/www", "ext4", "defaults,nofail", "0", "2")
        .mountDefaultFields(null, null, "auto", "defaults,nofail", "0", "2")
        .writeFile(WriteFile.builder("/etc/motd")
            .content("hello\nworld\n")
            .owner("root:root")
            .permissions("0644")
            .build())
        .writeFile(WriteFile.builder("/opt/app.bin")
            .content("aGVsbG8=")
            .encoding(WriteFile.BASE64)
            .append(false)
            .defer(true)
            .build())
        .writeFile("/etc/app.conf", "port=8080")
        .runcmd("echo hi > /tmp/hi")
        .runcmd("systemctl", "restart", "nginx")
        .bootcmd(List.of("cloud-init-per", "once", "mymkfs", "mkfs", "/dev/vdb"))
        .defaultUser()
        .user(User.builder("deploy")
            .gecos("Deployer")
            .primaryGroup("deploy")
            .groups("sudo", "www-data")
            .sudo(User.SUDO_ALL_NOPASSWD)
            .shell("/bin/bash")
            .homedir("/srv/deploy")
            .lockPasswd(true)
            .sshAuthorizedKeys("ssh-ed25519 AAAA one")
            .sshAuthorizedKeys("ssh-ed25519 AAAA two")
            .build())
        .user(User.builder("svc")
            .system(true)
            .noSudo()
            .passwd("$6$salt$hash")
            .sshImportId("gh:octocat")
            .set("uid", 1500L)
            .build())
        .group("admingroup", "root", "sys")
        .group("cloud-users")
        .sshAuthorizedKeys("ssh-rsa AAAA root")
        .sshPwauth(false)
        .aptSource(
            "nginx",
            AptSource.of("deb http://nginx.org/packages/ubuntu $RELEASE nginx", "ABF5BD827BD9BF62")
                .withKeyserver("keyserver.ubuntu.com")
                .withFilename("nginx.list"))
        .aptSource("ppa", AptSource.of("ppa:deadsnakes/ppa"))
        .apt("preserve_sources_list", true)
        .timezone("Europe/Paris")
        .hostname("web-1")
        .fqdn("web-1.example.com")
        .locale("en_US.UTF-8")
        .finalMessage("up after $UPTIME seconds")
        .set("ntp", Map.of("enabled", true))
        .build();
    String expected = """
        #cloud-config
        package_update: true
        package_upgrade: false
        package_reboot_if_required: true
        packages: [nginx, [libpython3, '3.11']]
        mounts: [[xvdc, /var/www, ext4, 'defaults,nofail', '0', '2']]
        mount_default_fields: [null, null, auto, 'defaults,nofail', '0', '2']
        write_files:
          - {path: /etc/motd, content: "hello\\nworld\\n", owner: 'root:root', permissions: '0644'}
          - {path: /opt/app.bin, content: aGVsbG8=, encoding: b64, append: false, defer: true}
          - {path: /etc/app.conf, content: port=8080}
        runcmd: ['echo hi > /tmp/hi', [systemctl, restart, nginx]]
        bootcmd: [[cloud-init-per, once, mymkfs, mkfs, /dev/vdb]]
        users:
          - default
          - name: deploy
            gecos: Deployer
            primary_group: deploy
            groups: sudo, www-data
            sudo: ALL=(ALL) NOPASSWD:ALL
            shell: /bin/bash
            homedir: /srv/deploy
            lock_passwd: true
            ssh_authorized_keys: [ssh-ed25519 AAAA one, ssh-ed25519 AAAA two]
          - {name: svc, system: true, sudo: false, passwd: $6$salt$hash, ssh_import_id: ['gh:octocat'], uid: 1500}
        groups: [{admingroup: [root, sys]}, cloud-users]
        ssh_authorized_keys: [ssh-rsa AAAA root]
        ssh_pwauth: false
        apt:
          sources:
            nginx: {source: deb http://nginx.org/packages/ubuntu $RELEASE nginx, keyid: ABF5BD827BD9BF62,
                    keyserver: keyserver.ubuntu.com, filename: nginx.list}
            ppa: {source: 'ppa:deadsnakes/ppa'}
          preserve_sources_list: true
        timezone: Europe/Paris
        hostname: web-1
        fqdn: web-1.example.com
        locale: en_US.UTF-8
        final_message: up after $UPTIME seconds
        ntp: {enabled: true}
        """;
    assertThat(tree(config.render())).isEqualTo(tree(expected));
    assertThat(config.toTree()).isEqualTo(tree(expected));
    assertThat(List.copyOf(config.toTree().keySet()))
        .isEqualTo(List.copyOf(((Map<?, ?>) tree(expected)).keySet()));
    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void configsAreImmutable() {
    CloudConfig.Builder b = CloudConfig.builder().packages("a");
    CloudConfig first = b.build();
    b.packages("b");
    assertThat(first.toTree()).isEqualTo(Map.of("packages", List.of("a")));
    assertThat(b.build().toTree()).isEqualTo(Map.of("packages", List.of("a", "b")));
    assertThatThrownBy(() -> first.entries().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void functionsGoThroughAnOsHeatCloudConfigNeverThroughText() {
    Parameter<String> tz = Parameter.string("timezone").build();
    Parameter<String> key = Parameter.string("ssh_key").build();
    Value<List<String>> pkgs = Fn.getParam("extra_packages");
    CloudConfig config = CloudConfig.builder()
        .packages("htop")
        .packageEntry(pkgs)
        .timezone(tz.get())
        .user(User.builder("ops").sshAuthorizedKeys(key.get()).build())
        .writeFile(WriteFile.builder("/etc/ip")
            .content(Fn.getAttr("port", "fixed_ips", 0, "ip_address"))
            .build())
        .build();
    assertThat(config.isLiteral()).isFalse();
    assertThatThrownBy(config::render)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{get_param=extra_packages}")
        .hasMessageContaining("userData(template, resourceName)");
    assertThatThrownBy(config::userData)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OS::Heat::CloudConfig");
    assertThatThrownBy(() -> config.softwareConfigResource("sc"))
        .isInstanceOf(IllegalStateException.class);

    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    Value<String> userData = config.userData(t, "boot_config");
    assertThat(userData.toTree()).isEqualTo(Map.of("get_resource", "boot_config"));
    Resource added = t.build().resources().get("boot_config");
    assertThat(added.toTree())
        .isEqualTo(Map.of(
            "type",
            "OS::Heat::CloudConfig",
            "properties",
            Map.of(
                "cloud_config",
                Map.of(
                    "packages", List.of("htop", Map.of("get_param", "extra_packages")),
                    "timezone", Map.of("get_param", "timezone"),
                    "users",
                        List.of(Map.of(
                            "name",
                            "ops",
                            "ssh_authorized_keys",
                            List.of(Map.of("get_param", "ssh_key")))),
                    "write_files",
                        List.of(Map.of(
                            "path",
                            "/etc/ip",
                            "content",
                            Map.of(
                                "get_attr", List.of("port", "fixed_ips", 0L, "ip_address"))))))));
    assertThatThrownBy(() -> config.userData(t, "boot_config"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("boot_config");
  }

  @Test
  void aLiteralConfigIsItsTextAndAddsNoResource() {
    CloudConfig config = CloudConfig.builder().packages("htop").build();
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    assertThat(config.userData(t, "boot_config").toTree())
        .isEqualTo("#cloud-config\npackages:\n  - htop\n");
    assertThat(t.build().resources()).isEmpty();
  }

  @Test
  void literalValuesAreNotPlaceholders() {
    CloudConfig config = CloudConfig.builder().timezone(Value.of("UTC")).build();
    assertThat(config.isLiteral()).isTrue();
    assertThat(config.userData().toTree()).isEqualTo("#cloud-config\ntimezone: UTC\n");
  }

  @Test
  void resources() {
    CloudConfig config =
        CloudConfig.builder().packages("htop").timezone(Fn.getParam("tz")).build();
    Resource cc = config.cloudConfigResource("boot_config");
    assertThat(cc.type()).isEqualTo("OS::Heat::CloudConfig");
    assertThat(cc.toTree())
        .isEqualTo(Map.of(
            "type",
            "OS::Heat::CloudConfig",
            "properties",
            Map.of(
                "cloud_config",
                Map.of("packages", List.of("htop"), "timezone", Map.of("get_param", "tz")))));
    CloudConfig literal = CloudConfig.builder().packages("htop").build();
    Resource sc = literal.softwareConfigResource("script");
    assertThat(sc.type()).isEqualTo("OS::Heat::SoftwareConfig");
    assertThat(sc.properties().get("group")).isEqualTo("ungrouped");
    assertThat(((Value<?>) sc.properties().get("config")).toTree()).isEqualTo(literal.render());
    Resource mime = CloudConfig.multipartMime("init", cc, Fn.getResource("other"));
    assertThat(mime.toTree())
        .isEqualTo(Map.of(
            "type",
            "OS::Heat::MultipartMime",
            "properties",
            Map.of(
                "parts",
                List.of(
                    Map.of("config", Map.of("get_resource", "boot_config")),
                    Map.of("config", Map.of("get_resource", "other"))))));
  }

  @Test
  void writeFileChecksItsMode() {
    assertThatThrownBy(() -> WriteFile.builder("/x").permissions("rw-r--r--").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
