package org.homeward.insight.internal.places;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The largest groups of the network drawn as one SVG image: each group laid out by JGraphT's force-directed
 * (Fruchterman and Reingold) layout, drawn by JFreeSVG. A child is a circle, an associate a square and a place a
 * triangle, so the kinds differ by shape and not by colour alone; going missing together is a dashed line. Every
 * node is labelled with the name the viewer may see. The layout starts from a fixed seed, so the same network
 * is drawn the same way each time.
 */
@Component
class NetworkDiagram {

    /** Groups drawn at most, and members in a group drawn. */
    static final int GROUPS_DRAWN = 3;
    static final int MOST_MEMBERS_DRAWN = 60;

    private static final int WIDTH = 720;
    private static final int PANEL = 420;
    private static final int LEGEND = 48;
    private static final int MARGIN = 90;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Color CHILD = new Color(0x1d, 0x70, 0xb8);
    private static final Color ASSOCIATE = new Color(0xf4, 0x77, 0x38);
    private static final Color PLACE = new Color(0x00, 0x70, 0x3c);
    private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    private static final Color LINE = new Color(0x50, 0x5a, 0x5f);

    /** The groups as drawn, or null when there is none small enough to draw. */
    String draw(String id, List<ChildNetwork.Group> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height(groups));
        g.setDefsKeyPrefix(id + "-");
        paint(g, groups);
        String titleId = id + "-title";
        String title = "Network diagram of the " + (groups.size() == 1 ? "largest group" : groups.size()
                + " largest groups") + ": children are circles, associates squares and places triangles;"
                + " a dashed line joins children who went missing together (the lists below give every link)";
        return g.getSVGElement(id).replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + titleId
                        + "\" focusable=\"false\" class=\"app-chart app-network\" ")
                .replaceFirst(">", "><title id=\"" + titleId + "\">" + HtmlUtils.htmlEscape(title) + "</title>");
    }

    static int height(List<ChildNetwork.Group> groups) {
        return LEGEND + PANEL * groups.size();
    }

    static int width() {
        return WIDTH;
    }

    /** Draws the groups on any surface: the SVG the page shows, or an image. */
    static void paint(Graphics2D g, List<ChildNetwork.Group> groups) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height(groups));
        legend(g);
        for (int i = 0; i < groups.size(); i++) {
            panel(g, groups.get(i), LEGEND + PANEL * i);
        }
    }

    private static void legend(Graphics2D g) {
        g.setFont(LABEL);
        int x = 10;
        int y = 24;
        for (ChildNetwork.Kind kind : ChildNetwork.Kind.values()) {
            shape(g, kind, false, x + 7, y - 4);
            g.setColor(TEXT);
            String word = switch (kind) {
                case CHILD -> "Child";
                case ASSOCIATE -> "Associate";
                case PLACE -> "Place";
            };
            g.drawString(word, x + 18, y);
            x += 110;
        }
        g.setColor(LINE);
        g.setStroke(dashed());
        g.draw(new Line2D.Double(x, y - 4, x + 30, y - 4));
        g.setColor(TEXT);
        g.drawString("Went missing together", x + 36, y);
    }

    private static void panel(Graphics2D g, ChildNetwork.Group group, int top) {
        Graph<ChildNetwork.Node, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        group.members().forEach(graph::addVertex);
        group.links().forEach(l -> graph.addEdge(l.from(), l.to()));
        MapLayoutModel2D<ChildNetwork.Node> model = new MapLayoutModel2D<>(Box2D.of(0, 0, 1, 1));
        new FRLayoutAlgorithm2D<ChildNetwork.Node, DefaultEdge>(200, 0.5, new Random(group.number()))
                .layout(graph, model);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (ChildNetwork.Node n : group.members()) {
            Point2D p = model.get(n);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double fromX = minX;
        double fromY = minY;
        java.util.function.Function<ChildNetwork.Node, double[]> at = n -> new double[] {
                MARGIN + (model.get(n).getX() - fromX) / spanX * (WIDTH - 2 * MARGIN),
                top + 56 + (model.get(n).getY() - fromY) / spanY * (PANEL - 100)};
        g.setColor(TEXT);
        g.setFont(HEADING);
        g.drawString("Group " + group.number(), 10, top + 24);
        g.setColor(new Color(0xb1, 0xb4, 0xb6));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(0, top + 2, WIDTH, top + 2));
        for (ChildNetwork.Link l : group.links()) {
            double[] a = at.apply(l.from());
            double[] b = at.apply(l.to());
            g.setColor(LINE);
            g.setStroke(l.to().kind() == ChildNetwork.Kind.CHILD ? dashed() : new BasicStroke(1.2f));
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
        }
        g.setFont(LABEL);
        for (ChildNetwork.Node n : group.members()) {
            double[] p = at.apply(n);
            shape(g, n.kind(), n.concern(), p[0], p[1]);
            String label = shortened(n.label() + (n.concern() ? " (person of concern)" : ""));
            // A pale backing keeps the label readable where lines cross it.
            g.setColor(new Color(255, 255, 255, 210));
            g.fill(new Rectangle2D.Double(p[0] + 9, p[1] - 8, g.getFontMetrics().stringWidth(label) + 3, 15));
            g.setColor(TEXT);
            g.drawString(label, (float) p[0] + 10, (float) p[1] + 4);
        }
    }

    private static void shape(Graphics2D g, ChildNetwork.Kind kind, boolean concern, double x, double y) {
        java.awt.Shape s = switch (kind) {
            case CHILD -> new Ellipse2D.Double(x - 7, y - 7, 14, 14);
            case ASSOCIATE -> new Rectangle2D.Double(x - 6.5, y - 6.5, 13, 13);
            case PLACE -> new Polygon(new int[] {(int) Math.round(x), (int) Math.round(x + 8), (int) Math.round(x - 8)},
                    new int[] {(int) Math.round(y - 8), (int) Math.round(y + 6), (int) Math.round(y + 6)}, 3);
        };
        g.setColor(switch (kind) {
            case CHILD -> CHILD;
            case ASSOCIATE -> ASSOCIATE;
            case PLACE -> PLACE;
        });
        g.fill(s);
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(concern ? 3f : 1f));
        g.draw(s);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f);
    }

    private static String shortened(String label) {
        return label.length() <= 32 ? label : label.substring(0, 31) + "…";
    }
}
