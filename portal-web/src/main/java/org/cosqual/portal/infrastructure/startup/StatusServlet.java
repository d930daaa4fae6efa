package org.cosqual.portal.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;

/**
 * Readiness for load balancers, health checks and the local launcher: 200 when the database
 * answers.
 */
@WebServlet("/status")
public class StatusServlet extends HttpServlet {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    try (Connection connection = dataSource.getConnection()) {
      boolean up = connection.isValid(TIMEOUT_SECONDS);
      response.setStatus(
          up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.getWriter().write(up ? "UP" : "DOWN");
    } catch (SQLException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.getWriter().write("DOWN");
    }
  }
}
