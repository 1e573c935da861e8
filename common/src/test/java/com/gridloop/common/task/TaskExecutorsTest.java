package com.gridloop.common.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The two kinds of executor as beans of a real context: named threads, and what each does
 * with a task submitted while the context closes (by a bean being destroyed, as work in
 * flight would).
 */
class TaskExecutorsTest {

	@Test
	void tasksRunOnNamedThreads() throws Exception {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Executors.class)) {
			List<String> names = new CopyOnWriteArrayList<>();
			CountDownLatch done = new CountDownLatch(3);
			for (String bean : List.of("work", "helpers", "threadPerTask")) {
				context.getBean(bean, TaskExecutor.class).execute(() -> {
					names.add(Thread.currentThread().getName());
					done.countDown();
				});
			}
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(names).containsExactlyInAnyOrder("test-work-1", "test-helpers-1", "test-thread-1");
		}
	}

	@Test
	void whileTheContextClosesHelpersStillTakeTasksAndWorkExecutorsNoLonger() throws Exception {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Executors.class,
				User.class);
		User user = context.getBean(User.class);
		ThreadPoolTaskExecutor helpers = context.getBean("helpers", ThreadPoolTaskExecutor.class);
		context.close();
		assertThat(user.helped.await(10, TimeUnit.SECONDS)).as("the helper task ran").isTrue();
		assertThat(user.workRejected).isInstanceOf(TaskRejectedException.class);
		assertThat(helpers.getThreadPoolExecutor().isShutdown()).as("the helpers destroyed with the context").isTrue();
	}

	@Test
	void aHelperPoolOfNoFixedSizeGrowsWithTheTasksAtOnce() throws Exception {
		ThreadPoolTaskExecutor cached = TaskExecutors.helpers("cached", 0);
		cached.initialize();
		try {
			CountDownLatch all = new CountDownLatch(5);
			CountDownLatch release = new CountDownLatch(1);
			for (int i = 0; i < 5; i++) {
				cached.execute(() -> {
					all.countDown();
					await(release);
				});
			}
			assertThat(all.await(10, TimeUnit.SECONDS)).as("five tasks running at once").isTrue();
			release.countDown();
		}
		finally {
			cached.shutdown();
		}
		assertThatExceptionOfType(TaskRejectedException.class).isThrownBy(() -> cached.execute(() -> {
		}));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Executors {

		@Bean
		ThreadPoolTaskExecutor work() {
			return TaskExecutors.work("test-work", 1);
		}

		@Bean
		ThreadPoolTaskExecutor helpers() {
			return TaskExecutors.helpers("test-helpers", 1);
		}

		@Bean
		TaskExecutor threadPerTask() {
			return TaskExecutors.threadPerTask("test-thread");
		}

	}

	/** A bean that hands both executors a task while it is destroyed. */
	static class User implements DisposableBean {

		final CountDownLatch helped = new CountDownLatch(1);

		final TaskExecutor work;

		final TaskExecutor helpers;

		volatile RuntimeException workRejected;

		User(@Qualifier("work") TaskExecutor work, @Qualifier("helpers") TaskExecutor helpers) {
			this.work = work;
			this.helpers = helpers;
		}

		@Override
		public void destroy() {
			this.helpers.execute(this.helped::countDown);
			try {
				this.work.execute(() -> {
				});
			}
			catch (RuntimeException ex) {
				this.workRejected = ex;
			}
		}

	}

}
