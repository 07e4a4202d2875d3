package id.go.kemensos.replika.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark context's data source, wrapped so that the SQL the services send can be seen whatever produces it
 * (Hibernate, Spring Data, a JdbcTemplate): every statement executed on a thread that is {@link #record recording}
 * is kept with its SQL and the parameter setter calls, so the same statement can be replayed on a bare connection
 * (the JDBC floor) and the statements of one service call can be counted. Plain JDK proxies over the pool's
 * connections; no caching, no change to what reaches the database. When nothing records, the wrapper only
 * forwards.
 */
final class SqlCapture {

    /** One executed statement: its SQL and the setter calls that bound its parameters, in order. */
    record Executed(String sql, List<Setter> parameters) {

        /** Binds the same parameter values to {@code statement}, by calling the same setters. */
        void bind(PreparedStatement statement) throws Exception {
            for (Setter setter : parameters) {
                setter.method().invoke(statement, setter.args());
            }
        }
    }

    record Setter(Method method, Object[] args) {
    }

    private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static volatile DataSource bare;

    private SqlCapture() {
    }

    /** The pool itself, without the wrapper: the JDBC floor borrows its connections here. */
    static DataSource bareDataSource() {
        if (bare == null) {
            throw new IllegalStateException("The benchmark context did not wrap a data source");
        }
        return bare;
    }

    /** Runs {@code action} on this thread and returns the statements it executed. */
    static List<Executed> record(Runnable action) {
        List<Executed> executed = new ArrayList<>();
        RECORDING.set(executed);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return executed;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor sqlCapturingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
                        bare = dataSource;
                        return proxy(DataSource.class, dataSource, new DataSourceHandler(dataSource));
                    }
                    return bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        Set<Class<?>> interfaces = new java.util.LinkedHashSet<>(List.of(target.getClass().getInterfaces()));
        interfaces.add(type);
        return (T) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                handler);
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record DataSourceHandler(DataSource target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("unwrap") && args[0] == DataSource.class) {
                return proxy;
            }
            Object result = forward(target, method, args);
            return result instanceof Connection connection
                    ? proxy(Connection.class, connection, new ConnectionHandler(connection)) : result;
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = forward(target, method, args);
            if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, statement, new StatementHandler(statement, sql));
            }
            if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
                return proxy(Statement.class, statement, new StatementHandler(statement, null));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {

        private final Statement target;
        private final String preparedSql;
        private final List<Setter> setters = new ArrayList<>();

        StatementHandler(Statement target, String preparedSql) {
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            List<Executed> recording = RECORDING.get();
            if (recording != null) {
                if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer
                        && method.getDeclaringClass() == PreparedStatement.class) {
                    setters.add(new Setter(method, args.clone()));
                } else if (name.equals("clearParameters")) {
                    setters.clear();
                } else if (EXECUTES.contains(name)) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text
                            : preparedSql;
                    recording.add(new Executed(sql, List.copyOf(setters)));
                }
            }
            return forward(target, method, args);
        }
    }
}
