import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.*;
import java.util.*;
import javax.imageio.ImageIO;

/** Renders a `tmux capture-pane -p -e` screen (SGR colours) to a PNG: java RenderScreen.java in.ansi out.png */
public class RenderScreen {
  static Color xterm(int n) {
    int[][] base = {{0,0,0},{205,49,49},{13,188,121},{229,229,16},{36,114,200},{188,63,188},{17,168,205},{229,229,229},
        {102,102,102},{241,76,76},{35,209,139},{245,245,67},{59,142,234},{214,112,214},{41,184,219},{255,255,255}};
    if (n < 16) return new Color(base[n][0], base[n][1], base[n][2]);
    if (n < 232) { n -= 16; int[] v = {0,95,135,175,215,255}; return new Color(v[n/36], v[(n/6)%6], v[n%6]); }
    int g = 8 + (n - 232) * 10; return new Color(g, g, g);
  }
  public static void main(String[] a) throws Exception {
    System.setProperty("java.awt.headless", "true");
    java.util.List<String> lines = Files.readAllLines(Path.of(a[0]));
    Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 15);
    Font bold = font.deriveFont(Font.BOLD);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    FontMetrics fm = probe.createGraphics().getFontMetrics(font);
    int cw = fm.charWidth('M'), ch = fm.getHeight(), cols = 100;
    Color defFg = new Color(212, 212, 212), defBg = new Color(24, 24, 24);
    BufferedImage img = new BufferedImage(cols * cw + 16, lines.size() * ch + 16, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(defBg); g.fillRect(0, 0, img.getWidth(), img.getHeight());
    for (int row = 0; row < lines.size(); row++) {
      String s = lines.get(row);
      Color fg = defFg, bg = null; boolean b = false, rev = false, ul = false; int col = 0;
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        if (c == 27 && i + 1 < s.length() && s.charAt(i + 1) == '[') {
          int end = i + 2; while (end < s.length() && !Character.isLetter(s.charAt(end))) end++;
          if (end < s.length() && s.charAt(end) == 'm') {
            String[] ps = s.substring(i + 2, end).split(";", -1);
            for (int k = 0; k < ps.length; k++) {
              int p = ps[k].isEmpty() ? 0 : Integer.parseInt(ps[k]);
              if (p == 0) { fg = defFg; bg = null; b = false; rev = false; ul = false; }
              else if (p == 1) b = true; else if (p == 22) b = false;
              else if (p == 4) ul = true; else if (p == 24) ul = false;
              else if (p == 7) rev = true; else if (p == 27) rev = false;
              else if (p >= 30 && p <= 37) fg = xterm(p - 30); else if (p >= 90 && p <= 97) fg = xterm(p - 82);
              else if (p >= 40 && p <= 47) bg = xterm(p - 40); else if (p >= 100 && p <= 107) bg = xterm(p - 92);
              else if (p == 39) fg = defFg; else if (p == 49) bg = null;
              else if ((p == 38 || p == 48) && k + 2 < ps.length && ps[k + 1].equals("5")) {
                Color x = xterm(Integer.parseInt(ps[k + 2])); if (p == 38) fg = x; else bg = x; k += 2;
              } else if ((p == 38 || p == 48) && k + 4 < ps.length && ps[k + 1].equals("2")) {
                Color x = new Color(Integer.parseInt(ps[k + 2]), Integer.parseInt(ps[k + 3]), Integer.parseInt(ps[k + 4]));
                if (p == 38) fg = x; else bg = x; k += 4;
              }
            }
          }
          i = end + 1; continue;
        }
        int cp = s.codePointAt(i); i += Character.charCount(cp);
        Color f = rev ? (bg == null ? defBg : bg) : fg, k = rev ? fg : bg;
        int x = 8 + col * cw, y = 8 + row * ch;
        if (k != null) { g.setColor(k); g.fillRect(x, y, cw, ch); }
        g.setColor(f); g.setFont(b ? bold : font);
        g.drawString(new String(Character.toChars(cp)), x, y + fm.getAscent());
        if (ul) g.drawLine(x, y + ch - 2, x + cw, y + ch - 2);
        col++;
      }
    }
    ImageIO.write(img, "png", new File(a[1]));
  }
}
